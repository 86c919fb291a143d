import { lastParagraphIndexBefore, paragraphIndexAt, type Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/annotations";

export type PaintedSpan = { id: string; status: AnnotationStatus; start: number; end: number };

export const highlightName = (status: AnnotationStatus) => `fm-${status}`;

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

/** The text node of paragraph i: each rendered paragraph holds exactly one, so DOM offsets equal body offsets minus its start. */
function textNode(container: HTMLElement, index: number): Text | null {
  const node = container.querySelector(`[data-paragraph="${index}"]`)?.firstChild;
  return node instanceof Text ? node : null;
}

export function rangeForOffsets(container: HTMLElement, paragraphs: readonly Paragraph[], start: number, end: number): Range | null {
  const first = paragraphIndexAt(paragraphs, start);
  const last = lastParagraphIndexBefore(paragraphs, end);
  const firstParagraph = paragraphs[first];
  const lastParagraph = paragraphs[last];
  if (!firstParagraph || !lastParagraph || last < first) return null;
  const startNode = textNode(container, first);
  const endNode = textNode(container, last);
  if (!startNode || !endNode) return null;
  const range = document.createRange();
  range.setStart(startNode, Math.max(0, start - firstParagraph.start));
  range.setEnd(endNode, Math.min(end, lastParagraph.end) - lastParagraph.start);
  return range;
}

/** Paints one Highlight per status (the CSS Custom Highlight API): no elements are added to the article. */
export function paintHighlights(container: HTMLElement, paragraphs: readonly Paragraph[], spans: readonly PaintedSpan[]): () => void {
  if (!supportsCustomHighlights()) return () => {};
  const byStatus = new Map<AnnotationStatus, Range[]>(ANNOTATION_STATUSES.map((s) => [s, []]));
  for (const span of spans) {
    const range = rangeForOffsets(container, paragraphs, span.start, span.end);
    if (range) byStatus.get(span.status)?.push(range);
  }
  for (const [status, ranges] of byStatus) {
    const highlight = new Highlight(...ranges);
    // Disputed claims paint over the others where spans overlap.
    highlight.priority = status === "disputed" ? 3 : status === "unverified" ? 2 : 1;
    CSS.highlights.set(highlightName(status), highlight);
  }
  return () => {
    for (const status of ANNOTATION_STATUSES) CSS.highlights.delete(highlightName(status));
  };
}

export function flashRange(range: Range, ms = 1600): void {
  if (!supportsCustomHighlights()) return;
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set("fm-active", highlight);
  window.setTimeout(() => {
    if (CSS.highlights.get("fm-active") === highlight) CSS.highlights.delete("fm-active");
  }, ms);
}

/** Body offset under a point, for hit-testing highlights (they have no elements to receive events). */
export function offsetAtPoint(container: HTMLElement, paragraphs: readonly Paragraph[], x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const node = position?.offsetNode;
  if (!node || !(node instanceof Text) || !container.contains(node)) return null;
  const index = Number((node.parentElement as HTMLElement | null)?.dataset.paragraph);
  const paragraph = paragraphs[index];
  if (!paragraph) return null;
  return paragraph.start + position.offset;
}
