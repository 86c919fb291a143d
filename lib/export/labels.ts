import { formatDate, formatDateTime } from "@/lib/text/format-date";
import {
  ANNOTATION_STATUSES,
  REVIEW_STATES,
  type AnnotationStatus,
  type ReviewState,
} from "@/lib/validation/annotations";
import type { PersonView } from "@/lib/contracts/person";
import type { ExportAnnotation } from "./types";

export const STATUS_LABEL: Record<AnnotationStatus, string> = {
  sourced: "Sourced",
  disputed: "Disputed",
  unverified: "Unverified",
};

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  open: "Open",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};

const valid = (iso: string) => !Number.isNaN(Date.parse(iso));

/** Dates in UTC like the app; a malformed value is shown as given rather than throwing (Intl throws on Invalid Date). */
export const day = (iso: string): string => (valid(iso) ? formatDate(iso) : iso);
export const dayTime = (iso: string): string => (valid(iso) ? formatDateTime(iso) : iso);

/** YYYY-MM-DD, as schema.org dates and spreadsheets like them; null for a malformed value. */
export function isoDay(iso: string | null | undefined): string | null {
  if (!iso || !valid(iso)) return null;
  return new Date(iso).toISOString().slice(0, 10);
}

export type Summary = {
  total: number;
  byStatus: Record<AnnotationStatus, number>;
  byReviewState: Record<ReviewState, number>;
};

export function summarise(annotations: readonly ExportAnnotation[]): Summary {
  const byStatus = Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, 0])) as Record<
    AnnotationStatus,
    number
  >;
  const byReviewState = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<
    ReviewState,
    number
  >;
  for (const a of annotations) {
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    byReviewState[a.reviewState] = (byReviewState[a.reviewState] ?? 0) + 1;
  }
  return { total: annotations.length, byStatus, byReviewState };
}

/** Agreements and disagreements with the annotation as it stands; those given on a previous version apart. */
export function reviewCounts(a: ExportAnnotation): {
  agreements: number;
  disagreements: number;
  previous: number;
} {
  let agreements = 0;
  let disagreements = 0;
  let previous = 0;
  for (const r of a.reviews) {
    if (r.onPreviousVersion) previous++;
    else if (r.verdict === "agree") agreements++;
    else disagreements++;
  }
  return { agreements, disagreements, previous };
}

/** "Approved by Ed" / "… by the team rule" (by is null when a team rule settled it). */
/** A person's name, "(external)" after it when an import brought them in and they have no account here. */
export const personLabel = (person: PersonView): string =>
  person.id === null ? `${person.name} (external)` : person.name;

export function settlementLabel(a: ExportAnnotation): string | null {
  if (!a.settlement) return null;
  const who = a.settlement.by ? personLabel(a.settlement.by) : "the team rule";
  const imported = a.settlement.imported ? " (imported)" : "";
  // Reopened (edited, or reworded by a revision) after the decision: never report it as if it held.
  if (a.reviewState === "open")
    return `An earlier decision by ${who} on ${dayTime(a.settlement.at)}${imported} no longer applies: the annotation changed since and is open for review`;
  return `${REVIEW_STATE_LABEL[a.reviewState]} by ${who} on ${dayTime(a.settlement.at)}${imported}`;
}

/** Collapses whitespace, for one-line places (headings, table cells, attributes). */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

type VersionedArticle = { version: number; versionCreatedAt: string | null; latestVersion: number };

/** Is this an export of an older version of the text (made with ?version=)? */
export const isOlderVersion = (article: VersionedArticle): boolean =>
  article.version < article.latestVersion;

/**
 * Which text the report was made from, in one sentence for its header: "Version 3 of this
 * article, revised 2 December 2026." (offsets, quotes and footnotes all count in that text).
 */
export function versionSentence(article: VersionedArticle): string {
  const date = article.versionCreatedAt ? day(article.versionCreatedAt) : null;
  const which =
    article.version === 1
      ? `Version 1 of this article (as first added${date ? `, ${date}` : ""}).`
      : `Version ${article.version} of this article${date ? `, revised ${date}` : ""}.`;
  return isOlderVersion(article)
    ? `${which} This is an earlier version: the article is now at version ${article.latestVersion}. Annotations are shown where they were placed on this text.`
    : which;
}

/** Where orphans could not be placed: the text as it stands, or the older version exported. */
export function orphanHeading(article: VersionedArticle): {
  heading: string;
  explanation: string;
  summary: string;
} {
  return isOlderVersion(article)
    ? {
        heading: "Could not be placed in this version",
        explanation:
          "The quoted text of these annotations was not found in this version of the article.",
        summary: "could not be placed in this version (listed at the end).",
      }
    : {
        heading: "Could not be placed in the current text",
        explanation:
          "The quoted text of these annotations is no longer in the article as it now stands.",
        summary: "could not be placed in the current text (listed at the end).",
      };
}
