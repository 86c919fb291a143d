"use client";

import { useEffect } from "react";
import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/values";

type Props = { rect: DOMRect; onChoose: (status: AnnotationStatus) => void; onClose: () => void };

const SHORTCUT: Record<AnnotationStatus, string> = { sourced: "s", disputed: "d", unverified: "u" };

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
}

/** The small bar at a selection: one button per status, with s / d / u while it is open and Esc to close. */
export function SelectionToolbar({ rect, onChoose, onClose }: Props) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape") {
        event.preventDefault();
        onClose();
        return;
      }
      const status = ANNOTATION_STATUSES.find((s) => SHORTCUT[s] === event.key.toLowerCase());
      if (status) {
        event.preventDefault();
        onChoose(status);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onChoose, onClose]);

  const top = rect.top > 56 ? rect.top - 48 : rect.bottom + 8;
  const left = Math.max(8, Math.min(rect.left + rect.width / 2 - 160, window.innerWidth - 328));
  return (
    <div
      role="toolbar"
      aria-label="Annotate the selection"
      className="fixed z-30 flex items-center gap-1 rounded-lg border border-stone-300 bg-white p-1 shadow-lg"
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {ANNOTATION_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          onClick={() => onChoose(status)}
          aria-keyshortcuts={SHORTCUT[status]}
          className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
        >
          <StatusIcon status={status} />
          {STATUS_LABEL[status]}
          <kbd className="ml-1 rounded border border-stone-300 px-1 text-xs text-stone-600">{SHORTCUT[status]}</kbd>
        </button>
      ))}
      <button type="button" onClick={onClose} aria-label="Close" aria-keyshortcuts="Escape" className="rounded-md px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
        ✕
      </button>
    </div>
  );
}
