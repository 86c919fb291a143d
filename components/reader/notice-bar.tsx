"use client";

import { useEffect, useRef } from "react";
import type { Notice } from "./editor-state";

const UNDO_VISIBLE_MS = 8000;

/** Announces outcomes (saved, deleted, failed) politely, with Undo after a delete. */
export function NoticeBar({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice | null;
  onUndo: (id: string) => void;
  onDismiss: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  // An undo is only worth anything in time: it takes focus, so Enter or Space takes it back at once.
  useEffect(() => {
    if (notice?.undoId) undo.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (!notice || notice.tone === "error") return;
    const timer = setTimeout(onDismiss, notice.undoId ? UNDO_VISIBLE_MS : 3000);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div role="status" aria-live="polite" className="fixed bottom-4 left-1/2 z-40 -translate-x-1/2">
      {notice && (
        <div
          className={`flex items-center gap-3 rounded-lg px-4 py-2 text-sm shadow-lg ${notice.tone === "error" ? "bg-red-800 text-white" : "bg-stone-900 text-white"}`}
        >
          <span>{notice.message}</span>
          {notice.undoId && (
            <button
              ref={undo}
              type="button"
              aria-label={`Undo (for ${UNDO_VISIBLE_MS / 1000} seconds)`}
              onClick={() => onUndo(notice.undoId!)}
              className="rounded px-2 py-0.5 font-semibold text-yellow-200 underline hover:no-underline focus-visible:ring-2 focus-visible:ring-white"
            >
              Undo <span className="font-normal text-stone-300">({UNDO_VISIBLE_MS / 1000} s)</span>
            </button>
          )}
          <button
            type="button"
            onClick={onDismiss}
            aria-label="Dismiss"
            className="rounded px-1 text-stone-300 hover:text-white"
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
