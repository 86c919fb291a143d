"use client";

import { useEffect, useState } from "react";
import type { IntervalIndex } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import type { AnnotationStatus } from "@/lib/validation/annotations";
import { createRangeFactory, type PaintedSpan } from "./highlight-layer";
import { visibleOffsets } from "./visible-range";

type Box = { key: string; status: AnnotationStatus; left: number; top: number; width: number; height: number };

const STYLE: Record<AnnotationStatus, string> = {
  sourced: "bg-[var(--color-sourced-bg)] border-b-2 border-solid border-[var(--color-sourced)]",
  disputed: "bg-[var(--color-disputed-bg)] border-b-2 border-double border-[var(--color-disputed)]",
  unverified: "bg-[var(--color-unverified-bg)] border-b-2 border-dashed border-[var(--color-unverified)]",
};
const MAX_BOXES = 1500;

/**
 * For browsers without the CSS Custom Highlight API: rectangles behind the text, for the spans
 * on screen only (recomputed on scroll), so thousands of annotations never become thousands of nodes.
 */
export function HighlightOverlays({ containerRef, paragraphs, index }: { containerRef: React.RefObject<HTMLElement | null>; paragraphs: readonly Paragraph[]; index: IntervalIndex<PaintedSpan> }) {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const container = containerRef.current;
        const visible = container ? visibleOffsets(container, paragraphs) : null;
        if (!container || !visible) return setBoxes([]);
        const origin = container.getBoundingClientRect();
        const makeRange = createRangeFactory(container, paragraphs);
        const next: Box[] = [];
        for (const span of index.overlapping(visible.start, visible.end)) {
          const rects = makeRange(span.start, span.end)?.getClientRects() ?? [];
          for (const [i, rect] of Array.from(rects).entries()) {
            if (next.length >= MAX_BOXES) break;
            next.push({ key: `${span.id}-${i}`, status: span.status, left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height });
          }
        }
        setBoxes(next);
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [containerRef, paragraphs, index]);

  return (
    <div aria-hidden="true" data-testid="highlight-overlays" className="pointer-events-none absolute inset-0 -z-0 mix-blend-multiply">
      {boxes.map((box) => (
        <div key={box.key} className={`absolute ${STYLE[box.status]}`} style={{ left: box.left, top: box.top, width: box.width, height: box.height }} />
      ))}
    </div>
  );
}
