"use client";

import { useEffect, useRef, useState } from "react";
import type { IntervalIndex } from "@/lib/anchoring";
import type { Paragraph } from "@/lib/text/paragraphs";
import type { PaintedSpan } from "./highlight-layer";
import { highlightAnnouncement } from "@/lib/text/highlight-announcement";
import { boundaryToOffset } from "./selection-offsets";

type Props = {
  containerRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  index: IntervalIndex<PaintedSpan>;
};

/**
 * A polite live region that says which highlights the keyboard caret is in, as it enters them
 * (only when the set changes, so moving inside one highlight stays quiet). The painter adds no
 * elements to the text, so this is how a screen reader learns that the text there is annotated.
 */
export function CaretAnnouncer({ containerRef, paragraphs, index }: Props) {
  const [message, setMessage] = useState("");
  const last = useRef("");
  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const selection = window.getSelection();
      let ids = "";
      let text = "";
      if (
        container &&
        document.activeElement === container &&
        selection?.isCollapsed &&
        selection.anchorNode &&
        container.contains(selection.anchorNode)
      ) {
        const spans = index.at(
          boundaryToOffset(container, paragraphs, selection.anchorNode, selection.anchorOffset),
        );
        ids = spans
          .map((s) => s.id)
          .sort()
          .join(" ");
        text = highlightAnnouncement(spans.map((s) => s.status));
      }
      if (ids === last.current) return;
      last.current = ids;
      setMessage(text);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [containerRef, paragraphs, index]);
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="caret-announcer">
      {message}
    </p>
  );
}
