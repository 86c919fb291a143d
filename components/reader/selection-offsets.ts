import type { Paragraph } from "@/lib/text/paragraphs";

/**
 * Converts a DOM boundary point to a body offset. Points outside the article clip to its start
 * or end, so a selection that runs past the body is trimmed to it.
 */
export function boundaryToOffset(
  container: HTMLElement,
  paragraphs: readonly Paragraph[],
  node: Node,
  offset: number,
): number {
  const bodyLength = paragraphs.at(-1)?.end ?? 0;
  if (!container.contains(node)) {
    const whole = document.createRange();
    whole.selectNodeContents(container);
    return whole.comparePoint(node, offset) < 0 ? 0 : bodyLength;
  }
  if (node instanceof Text) {
    const paragraph = paragraphs[Number(node.parentElement?.dataset.paragraph)];
    return paragraph ? paragraph.start + Math.min(offset, paragraph.end - paragraph.start) : 0;
  }
  const element = node as HTMLElement;
  if (element.dataset?.paragraph !== undefined) {
    const paragraph = paragraphs[Number(element.dataset.paragraph)];
    if (!paragraph) return 0;
    return offset === 0 ? paragraph.start : paragraph.end;
  }
  // The container or a structural element (a quote, a list item): the boundary sits before the first run after it.
  const point = document.createRange();
  point.setStart(node, offset);
  const runs = container.querySelectorAll<HTMLElement>("[data-paragraph]");
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(runs[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  const next = runs[lo];
  return next ? (paragraphs[Number(next.dataset.paragraph)]?.start ?? bodyLength) : bodyLength;
}

/** Body offsets of the current selection if it touches the article, else null. */
export function selectionOffsets(
  container: HTMLElement,
  paragraphs: readonly Paragraph[],
): { start: number; end: number; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const start = boundaryToOffset(container, paragraphs, range.startContainer, range.startOffset);
  const end = boundaryToOffset(container, paragraphs, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { start, end, rect: range.getBoundingClientRect() };
}
