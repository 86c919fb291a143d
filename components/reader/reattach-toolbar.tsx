"use client";

import { FloatingToolbar } from "./floating-toolbar";
import { useToolbarKeys } from "./use-toolbar-keys";

type Props = { rect: DOMRect; saving: boolean; onAttach: () => void; onClose: () => void };

/** At a selection while an orphan is being re-attached: attach it here (Enter), or close (Esc). */
export function ReattachToolbar({ rect, saving, onAttach, onClose }: Props) {
  useToolbarKeys({
    Escape: onClose,
    Enter: () => {
      if (saving) return false;
      onAttach();
    },
  });

  return (
    <FloatingToolbar rect={rect} label="Re-attach the annotation">
      <button
        type="button"
        onClick={onAttach}
        disabled={saving}
        aria-keyshortcuts="Enter"
        className="rounded-md px-2 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60"
      >
        {saving ? "Attaching…" : "Attach here"}
        <kbd className="ml-1 rounded border border-stone-300 px-1 text-xs text-stone-600">
          Enter
        </kbd>
      </button>
      <button
        type="button"
        onClick={onClose}
        aria-label="Close"
        aria-keyshortcuts="Escape"
        className="rounded-md px-2 py-1 text-sm text-stone-700 hover:bg-stone-100"
      >
        ✕
      </button>
    </FloatingToolbar>
  );
}
