"use client";

import type { ReactNode } from "react";

/** Keys typed into a field are the field's, never a toolbar's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
}

/** A small bar just above a text selection (below it near the top of the window), kept on screen. */
export function FloatingToolbar({ rect, label, children }: { rect: DOMRect; label: string; children: ReactNode }) {
  const top = rect.top > 56 ? rect.top - 48 : rect.bottom + 8;
  const left = Math.max(8, Math.min(rect.left + rect.width / 2 - 160, window.innerWidth - 328));
  return (
    <div
      role="toolbar"
      aria-label={label}
      className="fixed z-30 flex items-center gap-1 rounded-lg border border-stone-300 bg-white p-1 shadow-lg"
      style={{ top, left }}
      // Clicking a button must not clear the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
    >
      {children}
    </div>
  );
}
