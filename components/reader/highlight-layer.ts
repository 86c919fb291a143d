import { lastParagraphIndexBefore, paragraphIndexAt, type Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

export type PaintedSpan = { id: string; status: AnnotationStatus; start: number; end: number };

export const highlightName = (status: AnnotationStatus) => `fm-${status}`;

/** Disputed claims paint over the others where spans overlap. */
export const HIGHLIGHT_PRIORITY: Record<AnnotationStatus, number> = {
  sourced: 1,
  unverified: 2,
  disputed: 3,
};

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

type Boundaries = {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
};

/**
 * Finds the DOM boundaries of body offsets. Each rendered paragraph holds exactly one text node,
 * so a DOM offset is a body offset minus the paragraph's start; the nodes are looked up once.
 */
function createBoundaryFactory(container: HTMLElement, paragraphs: readonly Paragraph[]) {
  const nodes = Array.from(container.querySelectorAll<HTMLElement>("[data-paragraph]"), (p) =>
    p.firstChild instanceof Text ? p.firstChild : null,
  );
  return (start: number, end: number): Boundaries | null => {
    const first = paragraphIndexAt(paragraphs, start);
    const last = lastParagraphIndexBefore(paragraphs, end);
    const firstParagraph = paragraphs[first];
    const lastParagraph = paragraphs[last];
    const startNode = nodes[first];
    const endNode = nodes[last];
    if (!firstParagraph || !lastParagraph || !startNode || !endNode || last < first) return null;
    return {
      startContainer: startNode,
      startOffset: Math.min(Math.max(0, start - firstParagraph.start), startNode.length),
      endContainer: endNode,
      endOffset: Math.min(Math.min(end, lastParagraph.end) - lastParagraph.start, endNode.length),
    };
  };
}

/** Live DOM ranges from body offsets: for measuring (rectangles), selecting and flashing one span. */
export function createRangeFactory(container: HTMLElement, paragraphs: readonly Paragraph[]) {
  const boundaries = createBoundaryFactory(container, paragraphs);
  return (start: number, end: number): Range | null => {
    const b = boundaries(start, end);
    if (!b) return null;
    const range = document.createRange();
    range.setStart(b.startContainer, b.startOffset);
    range.setEnd(b.endContainer, b.endOffset);
    return range;
  };
}

/**
 * StaticRanges from body offsets: what the status highlights hold. The browser keeps every live
 * Range up to date on each change to the document (an insertion or removal walks all of them), so
 * 5,000 live Ranges made every update of the sidebar pay for 5,000 Ranges; the article's text nodes
 * never change, so ranges that do not follow changes lose nothing.
 */
export function createStaticRangeFactory(container: HTMLElement, paragraphs: readonly Paragraph[]) {
  const boundaries = createBoundaryFactory(container, paragraphs);
  return (start: number, end: number): StaticRange | null => {
    const b = boundaries(start, end);
    return b ? new StaticRange(b) : null;
  };
}

export function clearHighlights(): void {
  if (!supportsCustomHighlights()) return;
  for (const status of ANNOTATION_STATUSES) CSS.highlights.delete(highlightName(status));
}

/** A single named highlight (the draft selection, the flashed span). */
export function setNamedHighlight(
  name: "fm-draft" | "fm-active",
  range: Range | null,
  priority = 10,
): Highlight | null {
  if (!supportsCustomHighlights()) return null;
  if (!range) {
    CSS.highlights.delete(name);
    return null;
  }
  const highlight = new Highlight(range);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  return highlight;
}

export function flashRange(range: Range, ms = 1600): void {
  const highlight = setNamedHighlight("fm-active", range);
  window.setTimeout(() => {
    if (highlight && CSS.highlights.get("fm-active") === highlight)
      CSS.highlights.delete("fm-active");
  }, ms);
}

/** Body offset under a point, for hit-testing highlights (they have no elements to receive events). */
export function offsetAtPoint(
  container: HTMLElement,
  paragraphs: readonly Paragraph[],
  x: number,
  y: number,
): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const node = position?.offsetNode;
  if (!node || !(node instanceof Text) || !container.contains(node)) return null;
  const index = Number((node.parentElement as HTMLElement | null)?.dataset.paragraph);
  const paragraph = paragraphs[index];
  if (!paragraph) return null;
  // The caret falls between characters: the one under the pointer is just after or just before it.
  // Neither containing the point means the pointer is in the margin past a line's end.
  const range = document.createRange();
  for (const offset of [position.offset, position.offset - 1]) {
    if (offset < 0 || offset >= node.length) continue;
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = range.getBoundingClientRect();
    if (x >= rect.left - 0.5 && x <= rect.right + 0.5 && y >= rect.top - 2 && y <= rect.bottom + 2)
      return paragraph.start + offset;
  }
  return null;
}
