import type { Block } from "./blocks";
import { checkResultSize } from "./check-result-size";
import { assertInputSize, MAX_TEXT_INPUT_CHARS } from "./limits";
import { normaliseInlines } from "./normalise-blocks";

/** A blank line, possibly holding spaces or tabs, ends a paragraph, as normaliseBody sees it. */
const BLANK_LINE = /\n[ \t]*\n/;

/**
 * Paragraphs split at blank lines; inside one, line breaks and space runs become one space.
 * A body whose paragraphs are single lines separated by blank lines (the demo article, and
 * what most pasted text is after normaliseBody) keeps its exact canonical text.
 */
export function fromPlainText(text: string): Block[] {
  assertInputSize(text, "text", MAX_TEXT_INPUT_CHARS);
  const blocks: Block[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split(BLANK_LINE)) {
    const inlines = normaliseInlines([{ text: paragraph }]);
    if (inlines.length) blocks.push({ type: "paragraph", inlines });
  }
  return checkResultSize(blocks);
}
