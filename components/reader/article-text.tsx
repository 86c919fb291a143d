"use client";

import { forwardRef, memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import type { IntervalIndex, TextTarget } from "@/lib/anchoring";
import { readerHtml } from "@/lib/article-content/reader-html";
import type { LayoutBlock } from "@/lib/article-content/reading-layout";
import type { Paragraph } from "@/lib/text/paragraphs";
import {
  clearHighlights,
  createRangeFactory,
  flashRange,
  offsetAtPoint,
  setNamedHighlight,
  supportsCustomHighlights,
  type PaintedSpan,
} from "./highlight-layer";
import { createHighlightPainter } from "./highlight-painter";
import { HighlightOverlays } from "./highlight-overlays";
import { CaretAnnouncer } from "./caret-announcer";
import { KeyboardCaret } from "./keyboard-caret";
import { MarginMarkers } from "./margin-markers";
import { handleSelectionKey } from "./keyboard-selection";
import { boundaryToOffset } from "./selection-offsets";

type Props = {
  /** The text runs, in order: one text node each (a paragraph of a plain article, an inline of a structured one). */
  paragraphs: Paragraph[];
  /** The structure over the runs; null renders each run as a paragraph. */
  structure: LayoutBlock[] | null;
  spans: PaintedSpan[];
  index: IntervalIndex<PaintedSpan>;
  draftTarget: TextTarget | null;
  flash: { id: string; at: number } | null;
  canAnnotate: boolean;
  onHover: (hover: { x: number; y: number; ids: string[] } | null) => void;
  /** `focus`: the user asked from the keyboard, so focus moves to the first card. */
  /** `at`: where the pointer or caret is, for the chooser of a crowded passage. */
  onPick: (ids: string[], options?: { focus?: boolean; at?: { x: number; y: number } }) => void;
};

/** The article text: one text node per run, highlights painted over it without touching its DOM. Memoised: hover and typing elsewhere do not re-render it. */
export const ArticleText = memo(
  forwardRef<HTMLDivElement | null, Props>(function ArticleText(
    { paragraphs, structure, spans, index, draftTarget, flash, canAnnotate, onHover, onPick },
    ref,
  ) {
    const bodyRef = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => bodyRef.current as HTMLDivElement);
    const [hasHighlightApi, setHasHighlightApi] = useState(true);
    // The same string the server rendered, so hydration adopts the server's text nodes as they are.
    const html = useMemo(
      () => ({ __html: readerHtml({ runs: paragraphs, blocks: structure }) }),
      [paragraphs, structure],
    );

    const painterRef = useRef<{
      paragraphs: readonly Paragraph[];
      painter: ReturnType<typeof createHighlightPainter>;
    } | null>(null);
    useEffect(() => {
      const container = bodyRef.current;
      if (!container) return;
      setHasHighlightApi(supportsCustomHighlights());
      if (painterRef.current?.paragraphs !== paragraphs)
        painterRef.current = { paragraphs, painter: createHighlightPainter(container, paragraphs) };
      const { painter } = painterRef.current;
      painter.paint(spans, (painted) => {
        // For tests and the benchmark: how many spans are painted right now.
        container.dataset.paintedCount = String(painted);
      });
      return () => painter.cancel();
    }, [paragraphs, spans]);

    useEffect(() => clearHighlights, []);

    useEffect(() => {
      const container = bodyRef.current;
      if (!container) return;
      setNamedHighlight(
        "fm-draft",
        draftTarget
          ? createRangeFactory(container, paragraphs)(draftTarget.start, draftTarget.end)
          : null,
        5,
      );
    }, [draftTarget, paragraphs]);

    useEffect(() => {
      const container = bodyRef.current;
      const span = flash && spans.find((s) => s.id === flash.id);
      if (!container || !span) return;
      const range = createRangeFactory(container, paragraphs)(span.start, span.end);
      if (!range) return;
      const rect = range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "smooth" });
      flashRange(range);
      // "Show in text" (not a permalink opening the page) takes the keyboard there too: focus and caret at the span.
      if (flash.at !== 0) {
        window.getSelection()?.collapse(range.startContainer, range.startOffset);
        container.focus({ preventScroll: true });
      }
      // Only a new flash request should scroll; span changes from live updates should not.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [flash]);

    const idsAt = (event: React.MouseEvent) => {
      const container = bodyRef.current;
      const offset = container
        ? offsetAtPoint(container, paragraphs, event.clientX, event.clientY)
        : null;
      return offset === null ? [] : index.at(offset).map((span) => span.id);
    };

    return (
      <div className="relative min-w-0">
        {canAnnotate && (
          <p className="mx-auto mb-4 max-w-[68ch] text-sm text-stone-600">
            Select text to annotate it. From the keyboard: focus the text (Tab), move with the arrow
            keys and select with Shift+arrows.
          </p>
        )}
        {!hasHighlightApi && (
          <p
            role="status"
            className="mx-auto mb-4 max-w-[68ch] rounded border border-yellow-300 bg-yellow-50 px-3 py-2 text-sm text-yellow-900"
          >
            This browser cannot paint highlights natively; highlights are drawn for the visible part
            of the text.
          </p>
        )}
        <div className="relative mx-auto max-w-[68ch]">
          {!hasHighlightApi && (
            <HighlightOverlays containerRef={bodyRef} paragraphs={paragraphs} index={index} />
          )}
          <MarginMarkers containerRef={bodyRef} paragraphs={paragraphs} index={index} />
          <div
            ref={bodyRef}
            data-testid="article-body"
            tabIndex={0}
            aria-label="Article text"
            role="region"
            className="fm-article-text relative font-serif text-[1.125rem] leading-[1.75] text-stone-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600/40 focus-visible:ring-offset-8"
            onKeyDown={(event) => {
              if (event.currentTarget !== event.target) return;
              if (
                event.key === "Enter" &&
                !event.shiftKey &&
                !event.ctrlKey &&
                !event.metaKey &&
                !event.altKey
              ) {
                // With the caret inside a highlight, Enter opens its annotations.
                const selection = window.getSelection();
                if (!selection?.isCollapsed || !selection.anchorNode) return;
                const offset = boundaryToOffset(
                  event.currentTarget,
                  paragraphs,
                  selection.anchorNode,
                  selection.anchorOffset,
                );
                const ids = index.at(offset).map((span) => span.id);
                if (ids.length === 0) return;
                event.preventDefault();
                const caret = selection.getRangeAt(0).getBoundingClientRect();
                onPick(ids, { focus: true, at: { x: caret.left, y: caret.bottom } });
                return;
              }
              handleSelectionKey(event, event.currentTarget);
            }}
            onClick={(event) => {
              const ids = idsAt(event);
              if (ids.length === 0 || !window.getSelection()?.isCollapsed) return;
              onPick(ids, { at: { x: event.clientX, y: event.clientY } });
            }}
            onMouseMove={(event) => {
              const ids = idsAt(event);
              onHover(ids.length ? { x: event.clientX, y: event.clientY, ids } : null);
            }}
            onMouseLeave={() => onHover(null)}
            dangerouslySetInnerHTML={html}
          />
        </div>
        <KeyboardCaret containerRef={bodyRef} />
        <CaretAnnouncer containerRef={bodyRef} paragraphs={paragraphs} index={index} />
      </div>
    );
  }),
);
