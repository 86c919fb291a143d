import type { ReviewState } from "@/lib/validation/annotations";
import type { SettleDecision } from "@/lib/validation/reviews";

type Verdict = {
  reviewerId: string | null;
  verdict: string;
  importedAt?: Date | null;
  annotationVersion?: number | null;
};

/**
 * A verdict given before the annotation's status, note, sources or wording last changed judged
 * something else. Unknown (null: imported, or given before versions were kept) counts as current.
 */
export const isOnPreviousVersion = (
  reviewVersion: number | null | undefined,
  contentVersion: number,
) => reviewVersion != null && reviewVersion < contentVersion;

/**
 * The team rule: an open annotation is approved once `threshold` reviewers other than its author
 * agree and nobody disagrees. A threshold of 0 turns the rule off. `authorIds`: its owner and,
 * for an imported one, the account credited with writing it. Imported reviews are history from
 * elsewhere, and reviews of a previous version judged other content: neither counts towards the
 * threshold nor blocks it.
 */
export function shouldAutoApprove(
  state: ReviewState,
  authorIds: string | readonly (string | null)[],
  reviews: readonly Verdict[],
  threshold: number,
  contentVersion = 1,
): boolean {
  if (state !== "open" || threshold <= 0) return false;
  const authors = new Set(typeof authorIds === "string" ? [authorIds] : authorIds);
  const others = reviews.filter(
    (r) =>
      !r.importedAt &&
      r.reviewerId !== null &&
      !authors.has(r.reviewerId) &&
      !isOnPreviousVersion(r.annotationVersion, contentVersion),
  );
  return (
    !others.some((r) => r.verdict === "disagree") &&
    others.filter((r) => r.verdict === "agree").length >= threshold
  );
}

/** Any change of status, note or sources reopens the annotation for review, whatever it was. */
export function stateAfterEdit(current: ReviewState, substanceChanged: boolean): ReviewState {
  return substanceChanged ? "open" : current;
}

export function stateAfterSettle(decision: SettleDecision): ReviewState {
  return decision;
}

/** Settled means an editor (or the rule) decided; "changes requested" waits for the author. */
export const isSettled = (state: ReviewState) => state === "approved" || state === "rejected";
