"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/** Keys typed into a field are the field's, never a toolbar's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
}

const MARGIN = 8;

/**
 * A small bar just above a text selection (below it near the top of the window), centred on it and
 * kept on screen whatever its width (measured; on a narrow phone it wraps). With a finger, it goes
 * below the selection, clear of its handles: the phone's own copy menu sits above.
 */
export function FloatingToolbar({
  rect,
  label,
  children,
}: {
  rect: DOMRect;
  label: string;
  children: ReactNode;
}) {
  const bar = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 320, height: 40 });
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const next = { width: element.offsetWidth, height: element.offsetHeight };
    if (next.width !== size.width || next.height !== size.height) setSize(next);
  }, [size.width, size.height, rect, children]);
  const touch = typeof window !== "undefined" && window.matchMedia("(pointer: coarse)").matches;
  const below = touch || rect.top <= size.height + 16;
  const top = below ? rect.bottom + (touch ? 28 : MARGIN) : rect.top - size.height - MARGIN;
  const left = Math.max(
    MARGIN,
    Math.min(rect.left + rect.width / 2 - size.width / 2, window.innerWidth - size.width - MARGIN),
  );
  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={label}
      className="fixed z-30 flex max-w-[calc(100vw-16px)] flex-wrap items-center gap-1 rounded-lg border border-stone-300 bg-white p-1 shadow-lg"
      style={{ top, left }}
      // Clicking a button must not clear the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
    >
      {children}
    </div>
  );
}
