"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Paragraph } from "@/lib/text/paragraphs";
import { reasonsPhrase, suggestionAnnouncement } from "@/lib/text/suggestion-announcement";
import { createRangeFactory, offsetAtPoint } from "./highlight-layer";
import { boundaryToOffset } from "./selection-offsets";
import { clearSuggestions, paintSuggestions, suggestionAt } from "./suggestion-highlights";
import { SuggestionToolbar } from "./suggestion-toolbar";
import type { ClaimSuggestion } from "./use-claim-suggestions";
import { useToolbarKeys } from "./use-toolbar-keys";

type Props = {
  containerRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  /** In text order, never overlapping (sentences). */
  suggestions: readonly ClaimSuggestion[];
  canAnnotate: boolean;
  /** Off while the editor, a selection's toolbar or a chooser has the keys. */
  active: boolean;
  onAnnotate: (suggestion: ClaimSuggestion) => void;
  onDismiss: (suggestion: ClaimSuggestion) => void;
};

/**
 * The "Suggest claims" layer over the text: painted (no elements in the article), hovered for its
 * reasons, and walked from the keyboard: n and p move the caret to the next or previous suggestion
 * and announce why it was suggested; its bar takes a (annotate) and Esc (dismiss).
 */
export function SuggestionLayer({
  containerRef,
  paragraphs,
  suggestions,
  canAnnotate,
  active,
  onAnnotate,
  onDismiss,
}: Props) {
  const [currentStart, setCurrentStart] = useState<number | null>(null);
  const [rect, setRect] = useState<DOMRect | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; reasons: string[] } | null>(null);
  const [message, setMessage] = useState("");
  // Where n and p count from without a caret in the text: the last suggestion visited, kept after it is dismissed.
  const cursor = useRef<number | null>(null);
  const current = suggestions.find((s) => s.start === currentStart) ?? null;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    container.dataset.suggestionCount = String(
      paintSuggestions(container, paragraphs, suggestions, current),
    );
  }, [containerRef, paragraphs, suggestions, current]);
  useEffect(
    () => () => {
      clearSuggestions();
      delete containerRef.current?.dataset.suggestionCount;
    },
    [containerRef],
  );

  // The bar follows its sentence as the page scrolls.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !current) return setRect(null);
    const measure = () =>
      setRect(
        createRangeFactory(container, paragraphs)(
          current.start,
          current.end,
        )?.getBoundingClientRect() ?? null,
      );
    measure();
    window.addEventListener("scroll", measure, { passive: true });
    window.addEventListener("resize", measure);
    return () => {
      window.removeEventListener("scroll", measure);
      window.removeEventListener("resize", measure);
    };
  }, [containerRef, paragraphs, current]);

  const announce = useCallback(
    (s: ClaimSuggestion) =>
      setMessage(
        suggestionAnnouncement(
          suggestions.indexOf(s) + 1,
          suggestions.length,
          s.reasons,
          canAnnotate,
        ),
      ),
    [suggestions, canAnnotate],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      const container = containerRef.current;
      if (!container || suggestions.length === 0) return false;
      // From the keyboard caret when it is in the text (so n goes on from where you are reading), else from the last one visited.
      const selection = window.getSelection();
      const atCaret =
        document.activeElement === container &&
        selection?.isCollapsed &&
        selection.anchorNode &&
        container.contains(selection.anchorNode);
      const from = atCaret
        ? boundaryToOffset(container, paragraphs, selection.anchorNode!, selection.anchorOffset)
        : cursor.current;
      const next =
        step === 1
          ? (suggestions.find((s) => from === null || s.start > from) ?? suggestions[0]!)
          : (suggestions.findLast((s) => from === null || s.start < from) ?? suggestions.at(-1)!);
      cursor.current = next.start;
      setCurrentStart(next.start);
      announce(next);
      const range = createRangeFactory(container, paragraphs)(next.start, next.end);
      if (!range) return;
      // Instant, so the bar is placed where the sentence ends up; the caret there lets arrows and Shift+arrows go on from it.
      window.scrollBy({ top: range.getBoundingClientRect().top - window.innerHeight / 3 });
      window.getSelection()?.collapse(range.startContainer, range.startOffset);
      container.focus({ preventScroll: true });
    },
    [containerRef, paragraphs, suggestions, announce],
  );
  useToolbarKeys({ n: active ? () => move(1) : undefined, p: active ? () => move(-1) : undefined });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const at = (event: MouseEvent) => {
      const offset = offsetAtPoint(container, paragraphs, event.clientX, event.clientY);
      return offset === null ? null : suggestionAt(suggestions, offset);
    };
    const onMove = (event: MouseEvent) => {
      const s = at(event);
      setHover(s ? { x: event.clientX, y: event.clientY, reasons: s.reasons } : null);
    };
    const onLeave = () => setHover(null);
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const s = at(event);
      cursor.current = s?.start ?? cursor.current;
      setCurrentStart(s?.start ?? null);
      if (s) announce(s);
    };
    container.addEventListener("mousemove", onMove);
    container.addEventListener("mouseleave", onLeave);
    container.addEventListener("click", onClick);
    return () => {
      container.removeEventListener("mousemove", onMove);
      container.removeEventListener("mouseleave", onLeave);
      container.removeEventListener("click", onClick);
    };
  }, [containerRef, paragraphs, suggestions, announce]);

  const dismiss = () => {
    if (!current) return;
    onDismiss(current);
    setMessage("Suggestion dismissed. Press n for the next one.");
  };

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only" data-testid="suggestion-announcer">
        {message}
      </p>
      {hover && (
        <div
          role="tooltip"
          className="pointer-events-none fixed z-20 max-w-xs rounded-md border border-stone-200 bg-white p-2 text-xs text-stone-800 shadow-lg"
          style={{ left: Math.min(hover.x + 12, window.innerWidth - 300), top: hover.y + 16 }}
        >
          <span className="font-semibold">Suggested claim:</span> {reasonsPhrase(hover.reasons)}
        </div>
      )}
      {active && current && rect && (
        <SuggestionToolbar
          rect={rect}
          reasons={current.reasons}
          onAnnotate={
            canAnnotate
              ? () => {
                  setCurrentStart(null);
                  onAnnotate(current);
                }
              : null
          }
          onDismiss={dismiss}
          onMove={move}
        />
      )}
    </>
  );
}
