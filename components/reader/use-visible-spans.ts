"use client";

import { useEffect, useState } from "react";
import type { IntervalIndex } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import { createRangeFactory, type PaintedSpan } from "./highlight-layer";
import { visibleOffsets } from "./visible-range";

export type VisibleSpans = {
  spans: PaintedSpan[];
  visible: { start: number; end: number };
  container: HTMLElement;
  makeRange: ReturnType<typeof createRangeFactory>;
};

/**
 * Recomputes something from the spans on screen, once per frame at most, on scroll and resize.
 * Whatever is drawn from it is bounded by the viewport, never by the number of annotations.
 */
export function useVisibleSpans<T>(
  containerRef: React.RefObject<HTMLElement | null>,
  paragraphs: readonly Paragraph[],
  index: IntervalIndex<PaintedSpan>,
  compute: (input: VisibleSpans) => T,
  empty: T,
): T {
  const [result, setResult] = useState<T>(empty);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const container = containerRef.current;
        const visible = container ? visibleOffsets(container, paragraphs) : null;
        if (!container || !visible) return setResult(empty);
        setResult(
          compute({
            spans: index.overlapping(visible.start, visible.end),
            visible,
            container,
            makeRange: createRangeFactory(container, paragraphs),
          }),
        );
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
    // `compute` and `empty` are fixed per caller; the inputs that change are listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [containerRef, paragraphs, index]);
  return result;
}
