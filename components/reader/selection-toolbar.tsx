"use client";

import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import { FloatingToolbar } from "./floating-toolbar";
import { useToolbarKeys } from "./use-toolbar-keys";

type Props = { rect: DOMRect; onChoose: (status: AnnotationStatus) => void; onClose: () => void };

const SHORTCUT: Record<AnnotationStatus, string> = { sourced: "s", disputed: "d", unverified: "u" };

/** The small bar at a selection: one button per status, with s / d / u while it is open and Esc to close. */
export function SelectionToolbar({ rect, onChoose, onClose }: Props) {
  useToolbarKeys({
    Escape: onClose,
    ...Object.fromEntries(
      ANNOTATION_STATUSES.map((status) => [SHORTCUT[status], () => onChoose(status)]),
    ),
  });

  return (
    <FloatingToolbar rect={rect} label="Annotate the selection">
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
          <kbd className="ml-1 rounded border border-stone-300 px-1 text-xs text-stone-600">
            {SHORTCUT[status]}
          </kbd>
        </button>
      ))}
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
