"use client";

import { reasonsPhrase } from "@/lib/text/suggestion-announcement";
import { FloatingToolbar } from "./floating-toolbar";
import { useToolbarKeys } from "./use-toolbar-keys";

type Props = {
  rect: DOMRect;
  reasons: readonly string[];
  /** Null for viewers: they see suggestions but cannot turn them into annotations. */
  onAnnotate: (() => void) | null;
  onDismiss: () => void;
  onMove: (step: 1 | -1) => void;
};

const BUTTON =
  "inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600";
const Key = ({ children }: { children: string }) => (
  <kbd className="ml-1 rounded border border-stone-300 px-1 text-xs text-stone-600">{children}</kbd>
);

const LABEL = "Claim suggestion";

/**
 * a and Esc act on the suggestion only while the focus is with it (the text, where n and p put the
 * caret, or this bar): with a menu or the sidebar focused, Esc is theirs.
 */
const withFocus = (action: () => void) => () => {
  const focused = document.activeElement;
  if (!focused?.closest(`[data-testid="article-body"], [role="toolbar"][aria-label="${LABEL}"]`))
    return false;
  action();
};

/** The bar at the suggestion n / p moved to (or that was clicked): why, and a for annotate, Esc to dismiss. */
export function SuggestionToolbar({ rect, reasons, onAnnotate, onDismiss, onMove }: Props) {
  useToolbarKeys({
    a: onAnnotate ? withFocus(onAnnotate) : undefined,
    Escape: withFocus(onDismiss),
  });
  return (
    <FloatingToolbar rect={rect} label={LABEL}>
      <p className="max-w-xs px-2 text-xs text-stone-700">
        <span className="font-semibold text-stone-900">Suggested claim:</span>{" "}
        {reasonsPhrase(reasons)}
      </p>
      {onAnnotate && (
        <button type="button" onClick={onAnnotate} aria-keyshortcuts="a" className={BUTTON}>
          Annotate<Key>a</Key>
        </button>
      )}
      <button type="button" onClick={onDismiss} aria-keyshortcuts="Escape" className={BUTTON}>
        Dismiss<Key>Esc</Key>
      </button>
      <button
        type="button"
        onClick={() => onMove(-1)}
        aria-keyshortcuts="p"
        aria-label="Previous suggestion"
        className={BUTTON}
      >
        ‹<Key>p</Key>
      </button>
      <button
        type="button"
        onClick={() => onMove(1)}
        aria-keyshortcuts="n"
        aria-label="Next suggestion"
        className={BUTTON}
      >
        ›<Key>n</Key>
      </button>
    </FloatingToolbar>
  );
}
