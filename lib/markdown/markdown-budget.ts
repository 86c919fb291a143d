/**
 * Characters that can start Markdown syntax, and line breaks (every line is checked for block
 * starts). micromark's cost grows with these, faster than linearly for some runs (unmatched
 * emphasis, code-span backticks, nested brackets); in prose they are rare.
 */
const MARKS = /[\n`*_[\]<>!&\\~#]/g;
/** List items and link ends cost micromark several times what a plain mark does (measured: ~5x). */
const LIST_ITEM = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/gm;
const LINK_END = /\][([]/g;
const HEAVY_WEIGHT = 4;

/**
 * What a note may cost and still be rendered as Markdown, in marks (a list item or link counts
 * 1 + HEAVY_WEIGHT). A long, well formatted note (a hundred lines, a list of fifty, thirty links,
 * emphasis throughout) stays under it; past it the note is shown as its plain text, which costs
 * next to nothing whatever it contains. At the limit a note renders in a few tens of ms.
 */
export const MAX_MARKDOWN_COST = 1_000;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function markdownCost(text: string): number {
  return count(text, MARKS) + HEAVY_WEIGHT * (count(text, LIST_ITEM) + count(text, LINK_END));
}
