/**
 * The allowed values and limits, without zod: browser code imports them from here, so that a page
 * showing a status badge does not ship a schema library (the schemas in this folder re-export them).
 */
export const ANNOTATION_STATUSES = ["sourced", "disputed", "unverified"] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

export const REVIEW_STATES = ["open", "approved", "rejected", "changes_requested"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const MAX_NOTE_CHARS = 20_000;
export const MAX_SOURCES = 20;
/** Most ids one details request (GET /api/articles/:id/annotations?ids=) may ask for. */
export const MAX_DETAIL_IDS = 200;

export const VERDICTS = ["agree", "disagree"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const SETTLE_DECISIONS = ["approved", "rejected", "changes_requested"] as const;
export type SettleDecision = (typeof SETTLE_DECISIONS)[number];
export const MAX_REPLY_CHARS = 10_000;

export const MIN_PASSWORD_LENGTH = 10;

/** Narrows an outside string (a query parameter, a field of an imported file) to one of a set of values. */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);
