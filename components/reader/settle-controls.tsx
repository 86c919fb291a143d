"use client";

import { useState } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { SETTLE_DECISIONS, type SettleDecision } from "@/lib/validation/constants";
import { actsOn } from "./annotation-names";
import { settleRequest } from "./review-api";

const LABEL: Record<SettleDecision, string> = {
  approved: "Approve",
  rejected: "Reject",
  changes_requested: "Request changes",
};

/** Editors and admins settle an annotation, with an optional comment. A concurrent settlement is reported, not overwritten. */
export function SettleControls({
  annotation,
  onChanged,
}: {
  annotation: AnnotationView;
  onChanged: (annotation: AnnotationView) => void;
}) {
  const [decision, setDecision] = useState<SettleDecision>("approved");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      // One per card, so each form landmark needs a name of its own (axe: landmark-unique).
      aria-label={`Settle ${actsOn(annotation)}`}
      className="mt-2 flex flex-wrap items-end gap-2 border-t border-stone-100 pt-2 text-xs"
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(null);
        const result = await settleRequest(annotation.id, {
          decision,
          version: annotation.version,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        });
        setBusy(false);
        if (!result.ok) return setError(result.error.message);
        setComment("");
        onChanged(result.data.annotation);
      }}
    >
      <label className="flex flex-col gap-0.5 text-stone-800">
        Decision
        <select
          value={decision}
          onChange={(e) => setDecision(e.target.value as SettleDecision)}
          className="rounded border border-stone-300 bg-white px-1 py-0.5"
        >
          {SETTLE_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {LABEL[d]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-32 flex-1 flex-col gap-0.5 text-stone-800">
        Comment (optional)
        <input
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="rounded border border-stone-300 bg-white px-1 py-0.5"
        />
      </label>
      {/* aria-disabled, not disabled, while it is sent: the focus stays on the button. */}
      <button
        type="submit"
        aria-disabled={busy}
        className="rounded-md bg-stone-900 px-2 py-1 font-medium text-white hover:bg-stone-700 focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        Settle
      </button>
      {error && (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
