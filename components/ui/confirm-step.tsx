"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "./form-controls";

type Props = {
  question: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The inline "are you sure?" of an action that others will feel (publishing, archiving). Focus
 * lands on Cancel, the choice that changes nothing, and Esc cancels.
 */
export function ConfirmStep({
  question,
  confirmLabel,
  busyLabel,
  busy,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <span
      role="group"
      aria-label="Confirm"
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !busy) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <span className="text-stone-800">{question}</span>
      <Button variant={danger ? "danger" : "primary"} size="sm" disabled={busy} onClick={onConfirm}>
        {busy ? busyLabel : confirmLabel}
      </Button>
      <Button ref={cancel} variant="secondary" size="sm" disabled={busy} onClick={onCancel}>
        Cancel
      </Button>
    </span>
  );
}
