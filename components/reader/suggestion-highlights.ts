import type { Paragraph } from "@/lib/text/paragraphs";
import { createStaticRangeFactory, supportsCustomHighlights } from "./highlight-layer";

const SUGGESTION_HIGHLIGHT = "fm-suggestion";
const CURRENT_SUGGESTION_HIGHLIGHT = "fm-suggestion-current";

/**
 * Paints claim suggestions as their own highlights, apart from the status ones (they are not
 * annotations), without touching the article's DOM. Below every status in priority: a sentence an
 * annotation overlaps is not suggested, but one painted a moment before the annotation arrives
 * must not hide it. Returns how many were painted.
 */
export function paintSuggestions(
  container: HTMLElement,
  paragraphs: readonly Paragraph[],
  spans: readonly { start: number; end: number }[],
  current: { start: number; end: number } | null,
): number {
  if (!supportsCustomHighlights()) return 0;
  const makeRange = createStaticRangeFactory(container, paragraphs);
  const all = new Highlight();
  for (const s of spans) {
    const range = makeRange(s.start, s.end);
    if (range) all.add(range);
  }
  all.priority = 0;
  CSS.highlights.set(SUGGESTION_HIGHLIGHT, all);
  const range = current && makeRange(current.start, current.end);
  if (range) {
    const highlight = new Highlight(range);
    highlight.priority = 4;
    CSS.highlights.set(CURRENT_SUGGESTION_HIGHLIGHT, highlight);
  } else CSS.highlights.delete(CURRENT_SUGGESTION_HIGHLIGHT);
  return all.size;
}

export function clearSuggestions(): void {
  if (!supportsCustomHighlights()) return;
  CSS.highlights.delete(SUGGESTION_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_SUGGESTION_HIGHLIGHT);
}

/** The suggestion holding a body offset: suggestions are sentences, in text order and never overlapping. */
export function suggestionAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  offset: number,
): T | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found = spans[lo];
  return found && found.start <= offset ? found : null;
}
