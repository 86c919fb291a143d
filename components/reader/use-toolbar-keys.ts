"use client";

import { useEffect, useRef } from "react";
import { isTyping } from "./floating-toolbar";

/**
 * Single-key shortcuts while a toolbar or banner is open, read at document level so they work
 * wherever the focus is in the text. Keys typed into a field and chords (Ctrl, Cmd, Alt) are left
 * alone. A handler returning false declines the key (the browser keeps its default).
 */
export function useToolbarKeys(keys: Record<string, (() => boolean | void) | undefined>): void {
  // The latest handlers, without re-adding the listener on every render.
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const handler = current.current[event.key] ?? current.current[event.key.toLowerCase()];
      if (!handler || handler() === false) return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
