/**
 * The `factmark:` extension of the W3C Web Annotation vocabulary: what the model has no term for.
 * The export writes these and the import reads them, so both name them from here; README
 * ("The JSON-LD mapping") documents each. Everything else uses the model's own terms.
 */
export const TERM = {
  /** On the collection and on each annotation's target: the article version its offsets count in. */
  articleVersion: "factmark:articleVersion",
  /** open | approved | rejected | changes_requested */
  reviewState: "factmark:reviewState",
  /** [Review]: each reviewer's current verdict. */
  reviews: "factmark:reviews",
  /** Settlement: the last decision of an editor (or of the team rule). */
  settlement: "factmark:settlement",
  verdict: "factmark:verdict",
  reason: "factmark:reason",
  proposedStatus: "factmark:proposedStatus",
  decision: "factmark:decision",
  comment: "factmark:comment",
  /** true on a settlement the team's agreement rule made (it has no creator). */
  byRule: "factmark:byRule",
  /** true on a review or settlement that came with an import here: history from elsewhere. */
  imported: "factmark:imported",
  /** true on a review given before the annotation's status, note, sources or wording last changed. */
  onPreviousVersion: "factmark:onPreviousVersion",
  /** true on a reply that was deleted (kept, without its body, so answers to it still make sense). */
  deleted: "factmark:deleted",
} as const;

export const REVIEW_TYPE = "factmark:Review";
export const SETTLEMENT_TYPE = "factmark:Settlement";
