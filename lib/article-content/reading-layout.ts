import { splitParagraphs, type Paragraph } from "@/lib/text/paragraphs";
import type { Block, HeadingLevel, Inline } from "./blocks";
import { toCanonicalText } from "./canonical-text";

/** An inline as the reader renders it: its text is run `run` of the layout (one text node in the page). */
export type RunInline = Omit<Inline, "text"> & { run: number };

export type LayoutBlock =
  | { type: "heading"; level: HeadingLevel; inlines: RunInline[] }
  | { type: "paragraph"; inlines: RunInline[] }
  | { type: "quote"; blocks: LayoutBlock[] }
  | { type: "list"; ordered: boolean; items: LayoutBlock[][] };

/**
 * What the reading page renders. `runs` are the article's text pieces in order, each with its
 * offsets into the body: a paragraph of a plain article, an inline (a link, a bold phrase) of a
 * structured one. Each run is one text node in the page, which is what the highlight painter and
 * the selection code count offsets by. `blocks` is the structure over the runs, or null when the
 * article is plain paragraphs (or its stored structure no longer matches its text).
 */
export type ReadingLayout = { runs: Paragraph[]; blocks: LayoutBlock[] | null };

export function readingLayout(body: string, blocks: readonly Block[] | null): ReadingLayout {
  if (!blocks) return { runs: splitParagraphs(body), blocks: null };
  const canonical = toCanonicalText(blocks);
  if (canonical.text !== body) return { runs: splitParagraphs(body), blocks: null };
  const runs: Paragraph[] = [];
  let spanIndex = 0;
  const textBlockInlines = (): RunInline[] => {
    const span = canonical.spans[spanIndex++]!;
    return span.block.inlines.map(({ text, ...format }, i) => {
      const { start, end } = span.inlines[i]!;
      runs.push({ start, end, text });
      return { ...format, run: runs.length - 1 };
    });
  };
  // Containers nest at most MAX_CONTAINER_DEPTH deep (the converters and the schema bound it), so this recursion is shallow.
  const layout = (list: readonly Block[]): LayoutBlock[] =>
    list.map((block): LayoutBlock => {
      if (block.type === "quote") return { type: "quote", blocks: layout(block.blocks) };
      if (block.type === "list")
        return { type: "list", ordered: block.ordered, items: block.items.map(layout) };
      if (block.type === "heading")
        return { type: "heading", level: block.level, inlines: textBlockInlines() };
      return { type: "paragraph", inlines: textBlockInlines() };
    });
  return { runs, blocks: layout(canonical.blocks) };
}
