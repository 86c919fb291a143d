import { z } from "zod";
import { floorToCodePoint } from "@/lib/anchoring/unicode";
import { ANNOTATION_STATUSES } from "@/lib/validation/annotations";
import type { ParsedPerson, ParsedReview, ParsedSettlement } from "@/lib/export/types";

// Who and when, as an imported file states them: checked here once for every format, so that
// what reaches the database is within the app's limits (names, ids, reasons). Whether it can be
// stored at all (no NUL, no lone surrogate) is checked with the rest of the annotation's text.

const MAX_NAME = 200;
const MAX_ID = 2000;
const MAX_TAGS = 20;
const MAX_TAG = 100;
/** As lib/validation/reviews (reason, comment). */
const MAX_REASON = 2000;
/** More reviews than anyone gives one annotation: the rest are dropped, with a warning. */
const MAX_REVIEWS = 100;

/** The first `length` code units, never cutting a surrogate pair. */
export const firstChars = (text: string, length: number) =>
  text.slice(0, floorToCodePoint(text, Math.min(text.length, length)));

/**
 * An absolute IRI in a scheme people are named by (web addresses, Hypothesis' acct:, mailto:, URNs,
 * tag: and DIDs), with no spaces: the only kind of id we keep for a person. Anything else
 * (javascript:, data:…) is dropped rather than passed on to whoever reads our exports.
 */
const IRI = /^(?:https?:\/\/|acct:|mailto:|urn:|tag:|did:)[^\s]+$/i;

/** A person from a name and an id; null when neither is usable. A person with only an id is shown by it. */
export function cleanPerson(
  name: string | null | undefined,
  id: string | null | undefined,
): ParsedPerson | null {
  const iri = id && id.length <= MAX_ID && IRI.test(id) ? id : null;
  const shown = firstChars((name ?? "").trim(), MAX_NAME) || iri;
  return shown ? { name: shown, id: iri } : null;
}

/** An ISO date as the app writes it, or null for a missing or unreadable one. */
export function cleanDate(value: unknown): string | null {
  if (typeof value !== "string" || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toISOString();
}

/** Tags as people typed them, trimmed, once each, without the ones that name a status (those set it). */
export function cleanTags(tags: readonly string[]): { tags: string[]; dropped: number } {
  const statuses: readonly string[] = ANNOTATION_STATUSES;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = firstChars(raw.trim(), MAX_TAG);
    if (!tag || statuses.includes(tag.toLowerCase()) || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    kept.push(tag);
  }
  return { tags: kept.slice(0, MAX_TAGS), dropped: Math.max(0, kept.length - MAX_TAGS) };
}

const text = (value: string | null | undefined) =>
  firstChars(value?.trim() ?? "", MAX_REASON) || null;

const status = z.enum(ANNOTATION_STATUSES);

/** A review as read, before the checks: the verdict and reason as strings of any kind. */
export type ReviewDraft = {
  verdict: unknown;
  reason: unknown;
  proposedStatus: unknown;
  reviewer: ParsedPerson | null;
  created: unknown;
  onPreviousVersion?: unknown;
};

/** Usable reviews (a verdict and a reviewer we can name); each one dropped is a warning. */
export function cleanReviews(drafts: readonly ReviewDraft[], warnings: string[]): ParsedReview[] {
  const reviews: ParsedReview[] = [];
  for (const d of drafts) {
    if ((d.verdict !== "agree" && d.verdict !== "disagree") || !d.reviewer) {
      warnings.push("a review without a verdict (agree or disagree) or a reviewer was skipped");
      continue;
    }
    const proposed = status.safeParse(d.proposedStatus);
    reviews.push({
      verdict: d.verdict,
      reason: typeof d.reason === "string" ? text(d.reason) : null,
      proposedStatus: d.verdict === "disagree" && proposed.success ? proposed.data : null,
      reviewer: d.reviewer,
      created: cleanDate(d.created),
      ...(d.onPreviousVersion === true ? { onPreviousVersion: true as const } : {}),
    });
  }
  if (reviews.length > MAX_REVIEWS) {
    warnings.push(`only the first ${MAX_REVIEWS} of ${reviews.length} reviews kept`);
    reviews.length = MAX_REVIEWS;
  }
  return reviews;
}

const DECISIONS = ["approved", "rejected", "changes_requested"] as const;

/** A settlement needs a date; the team rule's has no editor, an editor's names one. */
export function cleanSettlement(
  draft: {
    decision: unknown;
    comment: unknown;
    editor: ParsedPerson | null;
    byRule: boolean;
    created: unknown;
  } | null,
  warnings: string[],
): ParsedSettlement | null {
  if (!draft) return null;
  const created = cleanDate(draft.created);
  if (!created || (!draft.editor && !draft.byRule)) {
    warnings.push("its settlement names no date or no editor: not kept");
    return null;
  }
  const decision = DECISIONS.find((d) => d === draft.decision) ?? null;
  return {
    decision,
    comment: typeof draft.comment === "string" ? text(draft.comment) : null,
    editor: draft.byRule ? null : draft.editor,
    created,
  };
}
