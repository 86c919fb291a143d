"use client";

import { useRef, useState } from "react";
import { actsOn } from "./annotation-names";
import { ImportedMark, PersonName } from "@/components/ui/person-name";
import { STATUS_LABEL } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import { reviewRequest } from "./review-api";

type Props = {
  annotation: AnnotationView;
  currentUserId: string;
  canReview: boolean;
  onChanged: (annotation: AnnotationView) => void;
};

const BUTTON =
  "rounded-md border px-2 py-1 text-xs font-medium focus-visible:ring-2 focus-visible:ring-blue-600 aria-disabled:opacity-60";

/**
 * "✓ 1 agree (+1 on a previous version)": the count is of reviews of the annotation as it stands,
 * as in the CSV and the agreement rule; those given before its last change are only added after.
 */
function Tally({
  symbol,
  verdict,
  current,
  previous,
}: {
  symbol: string;
  verdict: "agree" | "disagree";
  current: number;
  previous: number;
}) {
  const label =
    previous > 0
      ? `${current} ${verdict}, plus ${previous} on a previous version`
      : `${current} ${verdict}`;
  return (
    <span aria-label={label}>
      {symbol} {current} {verdict}
      {previous > 0 && ` (+${previous} on a previous version)`}
    </span>
  );
}

/** Agree, or disagree with a reason and optionally the status the reviewer would give. */
export function ReviewControls({ annotation, currentUserId, canReview, onChanged }: Props) {
  const mine = annotation.reviews.find((r) => r.reviewer.id === currentUserId);
  const [disagreeing, setDisagreeing] = useState(false);
  const [reason, setReason] = useState("");
  const [proposed, setProposed] = useState<AnnotationStatus | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const disagreeButton = useRef<HTMLButtonElement>(null);
  const count = (verdict: "agree" | "disagree", previous: boolean) =>
    annotation.reviews.filter(
      (r) => r.verdict === verdict && Boolean(r.onPreviousVersion) === previous,
    ).length;

  // Buttons say aria-disabled rather than disabled while a review is sent: a disabled button drops
  // the keyboard focus to the page body.
  const send = async (review: Parameters<typeof reviewRequest>[1]) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await reviewRequest(annotation.id, review);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (review.verdict === "disagree") disagreeButton.current?.focus();
    setDisagreeing(false);
    setReason("");
    onChanged(result.data.annotation);
  };
  const closeDisagreement = () => {
    disagreeButton.current?.focus();
    setDisagreeing(false);
  };

  return (
    // A group, not a region: every card has one, and a landmark list of identical "Reviews" helps nobody.
    <div
      role="group"
      aria-label="Reviews"
      className="mt-2 space-y-2 border-t border-stone-100 pt-2 text-xs"
    >
      <p className="text-stone-700">
        <Tally
          symbol="✓"
          verdict="agree"
          current={count("agree", false)}
          previous={count("agree", true)}
        />{" "}
        ·{" "}
        <Tally
          symbol="✗"
          verdict="disagree"
          current={count("disagree", false)}
          previous={count("disagree", true)}
        />
      </p>
      {annotation.reviews.length > 0 && (
        <ul className="space-y-1">
          {annotation.reviews.map((r, i) => (
            <li key={r.reviewer.id ?? `external-${i}`} className="text-stone-700">
              <span className="font-medium text-stone-900">
                <PersonName person={r.reviewer} />
              </span>{" "}
              {r.verdict === "agree" ? "agrees" : "disagrees"}
              {r.proposedStatus && (
                <> and would mark it {STATUS_LABEL[r.proposedStatus].toLowerCase()}</>
              )}
              {r.reason && <>: “{r.reason}”</>}
              {r.onPreviousVersion && (
                <span className="italic text-stone-600"> (on a previous version)</span>
              )}
              <ImportedMark imported={r.imported} />
            </li>
          ))}
        </ul>
      )}
      {canReview && (
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            aria-disabled={busy}
            aria-pressed={mine?.verdict === "agree"}
            aria-label={`Agree with ${actsOn(annotation)}`}
            onClick={() => void send({ verdict: "agree" })}
            className={`${BUTTON} border-green-700/40 text-green-900 hover:bg-green-50 aria-pressed:bg-green-800 aria-pressed:text-white`}
          >
            Agree
          </button>
          <button
            ref={disagreeButton}
            type="button"
            aria-disabled={busy}
            aria-pressed={mine?.verdict === "disagree"}
            aria-expanded={disagreeing}
            aria-label={`Disagree with ${actsOn(annotation)}…`}
            onClick={() => (disagreeing ? closeDisagreement() : setDisagreeing(true))}
            className={`${BUTTON} border-red-700/40 text-red-900 hover:bg-red-50 aria-pressed:bg-red-800 aria-pressed:text-white`}
          >
            Disagree…
          </button>
        </div>
      )}
      {disagreeing && (
        <form
          className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2"
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault();
            event.stopPropagation();
            closeDisagreement();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return setError("Say why you disagree.");
            void send({
              verdict: "disagree",
              reason: reason.trim(),
              ...(proposed ? { proposedStatus: proposed } : {}),
            });
          }}
        >
          <label className="block font-medium text-stone-800" htmlFor={`reason-${annotation.id}`}>
            Why do you disagree?
          </label>
          <textarea
            id={`reason-${annotation.id}`}
            autoFocus
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
          />
          <label className="flex items-center gap-2 text-stone-800">
            I would mark it
            <select
              value={proposed}
              onChange={(e) => setProposed(e.target.value as AnnotationStatus | "")}
              className="rounded border border-stone-300 bg-white px-1 py-0.5"
            >
              <option value="">(no proposal)</option>
              {ANNOTATION_STATUSES.filter((s) => s !== annotation.status).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            aria-disabled={busy}
            className={`${BUTTON} border-stone-800 bg-stone-900 text-white hover:bg-stone-700`}
          >
            Send disagreement
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
