"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

const MARGIN = 8;

/**
 * The horizontal shift (px) that keeps a popup that opens beside its button inside the window,
 * e.g. a panel aligned with a button near the left edge of a phone. Measured once it is shown, and
 * again when the window is resized.
 */
export function useKeepInViewport(ref: RefObject<HTMLElement | null>, shown: boolean): number {
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    if (!shown) return;
    const place = () => {
      const element = ref.current;
      if (!element) return;
      // Measure where it would be without the current shift.
      const rect = element.getBoundingClientRect();
      const left = rect.left - shift;
      const right = rect.right - shift;
      const width = window.innerWidth;
      const next =
        left < MARGIN
          ? MARGIN - left
          : right > width - MARGIN
            ? Math.max(MARGIN - left, width - MARGIN - right)
            : 0;
      if (next !== shift) setShift(next);
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [ref, shown, shift]);
  return shown ? shift : 0;
}
