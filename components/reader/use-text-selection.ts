"use client";

import { useCallback, useEffect, useState } from "react";
import { describeRange, type TextTarget } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import { selectionOffsets } from "./selection-offsets";

export type PendingSelection = { target: TextTarget; rect: DOMRect };

/**
 * Follows the document selection and turns a selection in the article into a target
 * (clipped to the body, whitespace trimmed; whitespace-only selections give nothing).
 */
export function useTextSelection(
  containerRef: React.RefObject<HTMLElement | null>,
  body: string,
  paragraphs: readonly Paragraph[],
  enabled: boolean,
) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  /** The selection as it is this instant, never as it was when the toolbar last settled. */
  const read = useCallback((): PendingSelection | null => {
    const container = containerRef.current;
    const offsets = container ? selectionOffsets(container, paragraphs) : null;
    const target = offsets ? describeRange(body, offsets.start, offsets.end) : null;
    return target && offsets ? { target, rect: offsets.rect } : null;
  }, [containerRef, body, paragraphs]);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // While a mouse or finger is still selecting, the selection is not final: no toolbar yet.
    let pointerDown = false;
    const update = () => {
      clearTimeout(timer);
      if (pointerDown) return setPending(null);
      // Wait for the drag or key repeat to settle before showing the toolbar.
      timer = setTimeout(() => setPending(read()), 120);
    };
    const onPointerDown = () => {
      pointerDown = true;
    };
    const onPointerUp = () => {
      pointerDown = false;
      update();
    };
    // The toolbar stays while Shift+arrows extend the selection, so a status key pressed at once
    // still works; what it annotates is read when it is pressed (`read`), never this snapshot.
    const onSelectionChange = () => update();
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointerup", onPointerUp);
    document.addEventListener("pointercancel", onPointerUp);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", onSelectionChange);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("pointerup", onPointerUp);
      document.removeEventListener("pointercancel", onPointerUp);
    };
  }, [read, enabled]);

  return { pending, read, clear: () => setPending(null) };
}
