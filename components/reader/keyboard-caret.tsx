"use client";

import { useEffect, useState } from "react";

/**
 * Static text shows no caret, so keyboard users moving through the article with the arrow keys
 * get this one: a single thin bar at the collapsed selection, only while the article has focus.
 */
export function KeyboardCaret({
  containerRef,
}: {
  containerRef: React.RefObject<HTMLElement | null>;
}) {
  const [rect, setRect] = useState<{ left: number; top: number; height: number } | null>(null);
  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const selection = window.getSelection();
      if (
        !container ||
        document.activeElement !== container ||
        !selection?.rangeCount ||
        !selection.isCollapsed ||
        !container.contains(selection.anchorNode)
      ) {
        setRect(null);
        return;
      }
      const box = selection.getRangeAt(0).getBoundingClientRect();
      setRect(box.height ? { left: box.left, top: box.top, height: box.height } : null);
    };
    document.addEventListener("selectionchange", update);
    const container = containerRef.current;
    container?.addEventListener("focus", update);
    container?.addEventListener("blur", update);
    window.addEventListener("scroll", update, { passive: true });
    return () => {
      document.removeEventListener("selectionchange", update);
      container?.removeEventListener("focus", update);
      container?.removeEventListener("blur", update);
      window.removeEventListener("scroll", update);
    };
  }, [containerRef]);
  if (!rect) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed z-20 w-0.5 animate-pulse bg-blue-700"
      style={{ left: rect.left, top: rect.top, height: rect.height }}
    />
  );
}
