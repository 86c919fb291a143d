import { z } from "zod";
import { notFound } from "@/lib/errors";
import { dateInputSchema, httpUrlSchema, idSchema, optionalText, shapeByKey } from "./common";
import { CONTENT_FORMATS } from "@/lib/article-content/formats";
import { MAX_ARTICLE_BODY_CHARS, MAX_HTML_CHARS } from "@/lib/article-content/limits";
import { textSchema } from "./text";

export { MAX_ARTICLE_BODY_CHARS };

/** The canonical body: one newline convention, paragraphs split by one blank line, no outer whitespace; offsets count in it. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export const createArticleSchema = z
  .object({
    title: textSchema().trim().min(1, { message: "Give the article a title" }).max(300),
    // Its length (MAX_ARTICLE_BODY_CHARS) is checked where it is stored, to answer 413 rather than 422; readJson bounds the request.
    body: textSchema()
      .transform(normaliseBody)
      .refine((body) => body.length > 0, { message: "The article text is empty" }),
    outlet: optionalText(200),
    author: optionalText(200),
    url: httpUrlSchema.nullish().transform((value) => value ?? null),
    publishedAt: dateInputSchema.nullish().transform((value) => value ?? null),
  })
  .strict();

export type CreateArticleInput = z.infer<typeof createArticleSchema>;

/**
 * An article given as content of a format (pasted or uploaded text, Markdown or HTML): the server
 * converts it to blocks and canonical text. The size limits per format are lib/article-content/limits.ts.
 * `fetchId` names the caller's own preview of a URL (POST /api/articles/preview): the article then
 * keeps that fetch's archived copy, time and final URL, whatever else the client sends.
 */
const createArticleFromContentSchema = createArticleSchema
  .omit({ body: true })
  .extend({
    format: z.enum(CONTENT_FORMATS, {
      message: `format must be one of ${CONTENT_FORMATS.join(", ")}`,
    }),
    content: textSchema().max(MAX_HTML_CHARS, { message: "The content is too large" }),
    fetchId: idSchema.optional(),
  })
  .strict();

export type CreateArticleFromContentInput = z.infer<typeof createArticleFromContentSchema>;

/** POST /api/articles/preview with content: what it would become, nothing saved. */
export const previewContentSchema = createArticleFromContentSchema
  .pick({ format: true, content: true, url: true })
  .strict();

export type PreviewContentInput = z.infer<typeof previewContentSchema>;

/** A page to fetch: the server reads title, metadata and text from it (POST /api/articles/preview, and `{ url }` alone on POST /api/articles). */
export const articleUrlSchema = z.object({ url: httpUrlSchema }).strict();

/**
 * POST /api/articles: `{ title, body }` as before, `{ title, format, content, fetchId? }`, or
 * `{ url }` alone. A `url` beside a title or body is that article's link, so only a body without
 * either is a page to fetch.
 */
export const newArticleSchema = shapeByKey(
  (raw) =>
    "content" in raw || "format" in raw
      ? 0
      : "url" in raw && !("title" in raw) && !("body" in raw)
        ? 1
        : 2,
  [createArticleFromContentSchema, articleUrlSchema, createArticleSchema] as const,
);

export type NewArticleInput = z.output<typeof newArticleSchema>;

/** POST /api/articles/preview: a page to fetch, or content to convert. */
export const previewSchema = shapeByKey((raw) => ("content" in raw || "format" in raw ? 0 : 1), [
  previewContentSchema,
  articleUrlSchema,
] as const);

export const updateArticleSchema = z
  .object({
    version: z.number().int().min(1),
    title: createArticleSchema.shape.title.optional(),
    body: createArticleSchema.shape.body.optional(),
    outlet: createArticleSchema.shape.outlet.optional(),
    author: createArticleSchema.shape.author.optional(),
    url: createArticleSchema.shape.url.optional(),
    publishedAt: createArticleSchema.shape.publishedAt.optional(),
    /** A new text as content of a format (keeps its structure), instead of a plain `body`. */
    format: createArticleFromContentSchema.shape.format.optional(),
    content: createArticleFromContentSchema.shape.content.optional(),
    /** Fetch the article's URL again and revise it with what the page says now. */
    refetch: z.literal(true).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.format === undefined) !== (value.content === undefined))
      context.addIssue({
        code: "custom",
        path: ["content"],
        message: "Send format and content together",
      });
    const texts = [
      value.body !== undefined,
      value.content !== undefined,
      value.refetch === true,
    ].filter(Boolean).length;
    if (texts > 1)
      context.addIssue({
        code: "custom",
        path: ["body"],
        message: "Send one new text: body, content or refetch",
      });
  });

export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;

export const versionSchema = z.coerce
  .number({ message: "Give a version number" })
  .int()
  .min(1, { message: "Versions start at 1" })
  .max(1_000_000);

/** A version number from a path: anything that is not one names no version (404). */
export function versionNumber(raw: string): number {
  const parsed = /^\d{1,7}$/.test(raw) ? versionSchema.safeParse(raw) : null;
  if (!parsed?.success) throw notFound("Version");
  return parsed.data;
}

/** GET /api/articles/:id/diff?from=1&to=2 */
export const diffQuerySchema = z
  .object({ from: versionSchema, to: versionSchema })
  .strict()
  .refine((q) => q.from !== q.to, { path: ["to"], message: "Compare two different versions" });
