"use client";

import type { IntervalIndex } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import type { AnnotationStatus } from "@/lib/validation/constants";
import type { PaintedSpan } from "./highlight-layer";
import { useVisibleSpans, type VisibleSpans } from "./use-visible-spans";

type Box = {
  key: string;
  status: AnnotationStatus;
  left: number;
  top: number;
  width: number;
  height: number;
};

const STYLE: Record<AnnotationStatus, string> = {
  sourced: "bg-[var(--color-sourced-bg)] border-b-2 border-solid border-[var(--color-sourced)]",
  disputed: "bg-[var(--color-disputed-bg)] border-b-2 border-double border-[var(--color-disputed)]",
  unverified:
    "bg-[var(--color-unverified-bg)] border-b-2 border-dashed border-[var(--color-unverified)]",
};
const MAX_BOXES = 1500;
const NO_BOXES: Box[] = [];

function boxesFor({ spans, container, makeRange }: VisibleSpans): Box[] {
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const span of spans) {
    const rects = makeRange(span.start, span.end)?.getClientRects() ?? [];
    for (const [i, rect] of Array.from(rects).entries()) {
      if (boxes.length >= MAX_BOXES) return boxes;
      boxes.push({
        key: `${span.id}-${i}`,
        status: span.status,
        left: rect.left - origin.left,
        top: rect.top - origin.top,
        width: rect.width,
        height: rect.height,
      });
    }
  }
  return boxes;
}

/**
 * For browsers without the CSS Custom Highlight API: rectangles behind the text, for the spans
 * on screen only (recomputed on scroll), so thousands of annotations never become thousands of nodes.
 */
export function HighlightOverlays({
  containerRef,
  paragraphs,
  index,
}: {
  containerRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  index: IntervalIndex<PaintedSpan>;
}) {
  const boxes = useVisibleSpans(containerRef, paragraphs, index, boxesFor, NO_BOXES);
  return (
    <div
      aria-hidden="true"
      data-testid="highlight-overlays"
      className="pointer-events-none absolute inset-0 -z-0 mix-blend-multiply"
    >
      {boxes.map((box) => (
        <div
          key={box.key}
          className={`absolute ${STYLE[box.status]}`}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      ))}
    </div>
  );
}
