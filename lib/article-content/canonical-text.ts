import type { Block, TextBlock } from "./blocks";
import { normaliseBlocks } from "./normalise-blocks";

type InlineSpan = { start: number; end: number };

/**
 * Where one text block sits in the canonical text. `path` leads to it from the top-level
 * array: a block's index, then inside a quote its child's index, inside a list the item's
 * index and then the block's index within the item.
 */
type TextSpan = {
  path: number[];
  block: TextBlock;
  start: number;
  end: number;
  inlines: InlineSpan[];
};

export type CanonicalText = {
  /** What annotation offsets count in (UTF-16 code units). */
  text: string;
  /** The normalised blocks the spans refer to: equal to the input for what the converters return. */
  blocks: Block[];
  /** One per text block, in document order, the same paragraphs splitParagraphs finds in `text`. */
  spans: TextSpan[];
};

const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * The canonical plain text of blocks: every heading and paragraph (wherever it sits: at the top,
 * in a quote, in a list item) is one paragraph, in document order, joined by "\n\n". A paragraph
 * is its inlines' texts concatenated after normaliseInlines (whitespace runs are one space,
 * none at either end), so it never holds a newline. List markers, quote marks and heading
 * levels are structure, not text: they add no characters.
 */
export function toCanonicalText(input: readonly Block[]): CanonicalText {
  const blocks = normaliseBlocks(input);
  const parts: string[] = [];
  const spans: TextSpan[] = [];
  let offset = 0;
  const visit = (list: readonly Block[], prefix: number[]) => {
    list.forEach((block, index) => {
      const path = [...prefix, index];
      if (block.type === "quote") visit(block.blocks, path);
      else if (block.type === "list")
        block.items.forEach((item, itemIndex) => visit(item, [...path, itemIndex]));
      else {
        if (spans.length) {
          parts.push(PARAGRAPH_SEPARATOR);
          offset += PARAGRAPH_SEPARATOR.length;
        }
        const start = offset;
        const inlines = block.inlines.map((inline) => {
          parts.push(inline.text);
          offset += inline.text.length;
          return { start: offset - inline.text.length, end: offset };
        });
        spans.push({ path, block, start, end: offset, inlines });
      }
    });
  };
  visit(blocks, []);
  return { text: parts.join(""), blocks, spans };
}
