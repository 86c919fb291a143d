"use client";

import { useEffect, useState } from "react";
import { describeRange, type TextTarget } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import { selectionOffsets } from "./selection-offsets";

export type PendingSelection = { target: TextTarget; rect: DOMRect };

/**
 * Follows the document selection and turns a selection in the article into a target
 * (clipped to the body, whitespace trimmed; whitespace-only selections give nothing).
 */
export function useTextSelection(containerRef: React.RefObject<HTMLElement | null>, body: string, paragraphs: readonly Paragraph[], enabled: boolean) {
  const [pending, setPending] = useState<PendingSelection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      // Wait for the drag or key repeat to settle before showing the toolbar.
      timer = setTimeout(() => {
        const container = containerRef.current;
        const offsets = container ? selectionOffsets(container, paragraphs) : null;
        const target = offsets ? describeRange(body, offsets.start, offsets.end) : null;
        setPending(target && offsets ? { target, rect: offsets.rect } : null);
      }, 120);
    };
    document.addEventListener("selectionchange", update);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", update);
    };
  }, [containerRef, body, paragraphs, enabled]);

  return { pending, clear: () => setPending(null) };
}
