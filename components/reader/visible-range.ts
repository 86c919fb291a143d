import type { Paragraph } from "@/lib/text/paragraphs";

/**
 * Body offsets of the paragraphs on screen (binary search over their boxes: O(log n) layout reads),
 * so fallbacks and markers only ever deal with what is visible.
 */
export function visibleOffsets(
  container: HTMLElement,
  paragraphs: readonly Paragraph[],
  margin = 200,
): { start: number; end: number } | null {
  const elements = container.querySelectorAll<HTMLElement>("[data-paragraph]");
  if (elements.length === 0) return null;
  const top = -margin;
  const bottom = window.innerHeight + margin;
  const firstBelow = (limit: number, edge: "top" | "bottom") => {
    let lo = 0;
    let hi = elements.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (elements[mid]!.getBoundingClientRect()[edge] < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = firstBelow(top, "bottom");
  const last = firstBelow(bottom, "top") - 1;
  if (first > last) return null;
  return { start: paragraphs[first]?.start ?? 0, end: paragraphs[last]?.end ?? 0 };
}
