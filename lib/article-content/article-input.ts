import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { fromHtml } from "./from-html";
import { fromMarkdown } from "./from-markdown";
import type { ContentFormat } from "./formats";
import { fromPlainText } from "./from-plain-text";
import { noEmptyText } from "./limits";

/** What an article stores: the canonical text annotation offsets count in, and the blocks whose text it is. */
export type ArticleContent = { body: string; blocks: Block[] };

/** Pasted or uploaded content of one format to the stored form; throws a clear AppError (413, 422) on bad input. */
export function contentFromInput(
  format: ContentFormat,
  content: string,
  options: { baseUrl?: string } = {},
): ArticleContent {
  const blocks =
    format === "html"
      ? fromHtml(content, options)
      : format === "markdown"
        ? fromMarkdown(content)
        : fromPlainText(content);
  const canonical = toCanonicalText(blocks);
  if (!canonical.text) throw noEmptyText();
  return { body: canonical.text, blocks: canonical.blocks };
}
