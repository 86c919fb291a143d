import { cohensKappa, type LabelPair } from "./kappa";
import { krippendorffAlphaNominal, type Unit } from "./krippendorff";

/** One annotation: the status its author gave, and the statuses its reviewers "gave" (see statusItem). */
export type StatusItem = {
  authorStatus: string;
  proposed: readonly { reviewer: string; status: string }[];
};

export type StatusReview = { reviewer: string; verdict: string; proposedStatus: string | null };

/**
 * A reviewer who agreed gives the author's status; one who disagreed gives the status they
 * proposed. A disagreement that proposes none is left out: read as the author's status it would
 * count as agreement, the opposite of what the reviewer said.
 */
export function statusItem(authorStatus: string, reviews: readonly StatusReview[]): StatusItem {
  return {
    authorStatus,
    proposed: reviews.flatMap(({ reviewer, verdict, proposedStatus }) => {
      const status = verdict === "agree" ? authorStatus : proposedStatus;
      return status ? [{ reviewer, status }] : [];
    }),
  };
}

export type StatusAgreement = {
  /** Annotations with at least 2 statuses (author + ≥ 1 reviewer), i.e. the pairable units. */
  units: number;
  /** Krippendorff's nominal alpha over those units; null when undefined. */
  alpha: number | null;
  /** Cohen's kappa between the author role and the reviewer role; null when undefined. */
  kappa: number | null;
  /** The two rater roles the kappa compares, or null when there was no (author, reviewer) pair. */
  kappaRaters: [string, string] | null;
};

const AUTHOR_ROLE = "author";
const REVIEWER_ROLE = "reviewer";

/**
 * Agreement on the status of annotations.
 *
 * alpha: each annotation is one unit holding the author's status and every reviewer's status.
 * Nominal alpha only looks at the values inside each unit, so reviewer identities are not needed
 * and any number of reviewers (including different ones per annotation) is fine.
 *
 * kappa: Cohen's kappa needs two fixed raters, but reviewers vary from one annotation to the next.
 * To keep it simple we compare two ROLES, "author" vs "reviewer": every (author status, reviewer
 * status) pair is one observation. An annotation with two reviewers therefore contributes two
 * pairs, and its author's status is counted twice on the author side. `reviewer` is not used.
 */
export function statusAgreement(items: readonly StatusItem[]): StatusAgreement {
  const units: Unit[] = [];
  const pairs: LabelPair[] = [];
  for (const item of items) {
    const given = item.proposed.map((p) => p.status);
    if (given.length === 0) continue; // a lone author status is not pairable
    units.push([item.authorStatus, ...given]);
    for (const status of given) pairs.push([item.authorStatus, status]);
  }
  return {
    units: units.length,
    alpha: krippendorffAlphaNominal(units),
    kappa: cohensKappa(pairs),
    kappaRaters: pairs.length === 0 ? null : [AUTHOR_ROLE, REVIEWER_ROLE],
  };
}
