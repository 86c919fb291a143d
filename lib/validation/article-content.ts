import { z } from "zod";
import { MAX_CONTAINER_DEPTH, type Block } from "@/lib/article-content/blocks";
import { MAX_CANONICAL_TEXT_CHARS } from "@/lib/article-content/limits";
import { isSafeHref, MAX_HREF_CHARS } from "@/lib/article-content/safe-href";
import { textSchema } from "./text";

const MAX_INLINES_PER_BLOCK = 5_000;
const MAX_BLOCKS_PER_CONTAINER = 20_000;
/** Text blocks in the whole article: each is a paragraph of the canonical text. */
const MAX_TEXT_BLOCKS = 50_000;

/** Like httpUrlSchema, plus mailto: links are web links in articles; javascript:, data: and the like never pass. */
const linkHrefSchema = textSchema()
  .max(MAX_HREF_CHARS)
  .refine(isSafeHref, { message: "Links must be http(s) or mailto addresses" });

const inlineSchema = z
  .object({
    text: textSchema().min(1).max(MAX_CANONICAL_TEXT_CHARS),
    href: linkHrefSchema.optional(),
    strong: z.literal(true).optional(),
    em: z.literal(true).optional(),
  })
  .strict();

const inlinesSchema = z.array(inlineSchema).min(1).max(MAX_INLINES_PER_BLOCK);
const headingSchema = z
  .object({
    type: z.literal("heading"),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    inlines: inlinesSchema,
  })
  .strict();
const paragraphSchema = z.object({ type: z.literal("paragraph"), inlines: inlinesSchema }).strict();

/** Blocks that may sit `depth` containers deep: built level by level, so depth is bounded by the schema itself, not by a recursive walk. */
function blocksAtDepth(depth: number): z.ZodType<Block[]> {
  if (depth >= MAX_CONTAINER_DEPTH)
    return z
      .array(z.discriminatedUnion("type", [headingSchema, paragraphSchema]))
      .min(1)
      .max(MAX_BLOCKS_PER_CONTAINER);
  const inner = blocksAtDepth(depth + 1);
  const quote = z.object({ type: z.literal("quote"), blocks: inner }).strict();
  const list = z
    .object({
      type: z.literal("list"),
      ordered: z.boolean(),
      items: z.array(inner).min(1).max(MAX_BLOCKS_PER_CONTAINER),
    })
    .strict();
  return z
    .array(z.discriminatedUnion("type", [headingSchema, paragraphSchema, quote, list]))
    .min(1)
    .max(MAX_BLOCKS_PER_CONTAINER);
}

function measure(blocks: readonly Block[]): { textBlocks: number; chars: number } {
  let textBlocks = 0;
  let chars = 0;
  const stack: Block[] = [...blocks];
  while (stack.length) {
    const block = stack.pop()!;
    if (block.type === "quote") stack.push(...block.blocks);
    else if (block.type === "list") for (const item of block.items) stack.push(...item);
    else {
      textBlocks++;
      for (const inline of block.inlines) chars += inline.text.length;
    }
  }
  return { textBlocks, chars };
}

/** An article's structure as stored: quotes and lists at most MAX_CONTAINER_DEPTH deep, bounded counts, safe links, storable text. */
export const articleBlocksSchema = blocksAtDepth(0).superRefine((blocks, context) => {
  const { textBlocks, chars } = measure(blocks);
  if (textBlocks > MAX_TEXT_BLOCKS)
    context.addIssue({ code: "custom", message: `At most ${MAX_TEXT_BLOCKS} paragraphs` });
  if (chars > MAX_CANONICAL_TEXT_CHARS)
    context.addIssue({
      code: "custom",
      message: `The text may have at most ${MAX_CANONICAL_TEXT_CHARS} characters`,
    });
});
