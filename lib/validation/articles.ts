import { z } from "zod";
import { dateInputSchema, httpUrlSchema, optionalText } from "./common";
import { textSchema } from "./text";

export const MAX_ARTICLE_BODY_CHARS = 500_000;

/** The canonical body: one newline convention, paragraphs split by one blank line, no outer whitespace; offsets count in it. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();
}

export const createArticleSchema = z
  .object({
    title: textSchema().trim().min(1, { message: "Give the article a title" }).max(300),
    body: textSchema()
      .max(MAX_ARTICLE_BODY_CHARS, { message: `The text may have at most ${MAX_ARTICLE_BODY_CHARS} characters` })
      .transform(normaliseBody)
      .refine((body) => body.length > 0, { message: "The article text is empty" }),
    outlet: optionalText(200),
    author: optionalText(200),
    url: httpUrlSchema.nullish().transform((value) => value ?? null),
    publishedAt: dateInputSchema.nullish().transform((value) => value ?? null),
  })
  .strict();

export type CreateArticleInput = z.infer<typeof createArticleSchema>;

export const updateArticleSchema = z
  .object({
    version: z.number().int().min(1),
    title: createArticleSchema.shape.title.optional(),
    body: createArticleSchema.shape.body.optional(),
    outlet: createArticleSchema.shape.outlet.optional(),
    author: createArticleSchema.shape.author.optional(),
    url: createArticleSchema.shape.url.optional(),
    publishedAt: createArticleSchema.shape.publishedAt.optional(),
  })
  .strict();

export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;
