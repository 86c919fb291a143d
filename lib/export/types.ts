import type { Block } from "@/lib/article-content/blocks";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { ReplyView } from "@/lib/contracts/reply";
import type { AnnotationStatus, ReviewState } from "@/lib/validation/annotations";

export type ExportOptions = {
  /** Which statuses to include. */
  statuses: AnnotationStatus[];
  reviewStates: ReviewState[];
  includeDiscussion: boolean;
  /** Reviewer and author names become "Reviewer 1, 2, …" in order of first appearance (see anonymiseBundle). */
  anonymise: boolean;
  /** Page size of the HTML report's print CSS (and so of the PDF). */
  paper: "a4" | "letter";
  /** Which annotations become schema.org ClaimReviews. */
  claimReviewStatuses: ("sourced" | "disputed")[];
};

export type ExportAnnotation = AnnotationView & { replies?: ReplyView[] };

export type ExportArticle = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
  /** The article's structure over `body` (lib/article-content/blocks), or null/absent for plain paragraphs. */
  blocks?: readonly Block[] | null;
  /** The version of the text this export was made from (the current one, or an older one asked for with ?version=). */
  version: number;
  /** When that version was made (added, revised or fetched again), ISO; null when unknown. */
  versionCreatedAt: string | null;
  /** The article's newest version: above `version` when an older one was exported. */
  latestVersion: number;
};

export type ExportBundle = {
  article: ExportArticle;
  /** In text order; orphans have anchor null. */
  annotations: ExportAnnotation[];
  /** ISO timestamp. */
  generatedAt: string;
  generatedBy: { id: string; name: string };
  organization: { name: string; url?: string | null };
  /** e.g. "https://factmark.example.org": absolute IRIs and permalinks are built from it. */
  baseUrl: string;
  /** The BCP 47 language notes and replies are written in (CONTENT_LANGUAGE), or null/absent when nobody said. */
  contentLanguage?: string | null;
  options: ExportOptions;
  /**
   * The article's published report (/r/<slug>), when there is one: ClaimReview urls and the HTML
   * report point to it. `isPublicPage` when this bundle renders that page itself.
   */
  publication?: { url: string; isPublicPage: boolean } | null;
};

/** Someone a file names: their name, and their stable id there (a user IRI, Hypothesis' acct:…) when it gave one. */
export type ParsedPerson = { name: string; id: string | null };

export type ParsedReview = {
  verdict: "agree" | "disagree";
  reason: string | null;
  proposedStatus: AnnotationStatus | null;
  reviewer: ParsedPerson;
  created: string | null;
  /** Given on an earlier version of the annotation than the one in the file. */
  onPreviousVersion?: true;
};

/** The last settlement; `editor` null: the team's agreement rule made it. `decision` null: reopened since. */
export type ParsedSettlement = {
  decision: Exclude<ReviewState, "open"> | null;
  comment: string | null;
  editor: ParsedPerson | null;
  created: string;
};

/** A reply, with the key (its id in the file) of the reply it answers, if it answers one. */
export type ParsedReply = {
  key: string | null;
  parentKey: string | null;
  /** null: deleted (kept so that answers to it keep their place). */
  body: string | null;
  creator: ParsedPerson | null;
  created: string | null;
  modified: string | null;
};

/** Which text a target's offsets count in, as the file says: the article's IRI and version there. */
export type ParsedTextVersion = { source: string | null; version: number | null };

/**
 * An annotation read from imported JSON; shaped like lib/data/import-annotations' ImportCandidate.
 * Target offsets are in `unit`: code points for W3C files (the model's unit), UTF-16 code units
 * for Hypothesis (what its client counts); the importer converts them on the article's text.
 */
export type ParsedAnnotation = {
  status: AnnotationStatus;
  note: string;
  sources: { url: string; title: string; quote: string; accessedAt: string | null }[];
  target: {
    start?: number;
    end?: number;
    unit?: "codePoint" | "utf16";
    exact: string;
    prefix: string;
    suffix: string;
  };
  creator: ParsedPerson | null;
  created: string | null;
  modified: string | null;
  tags: string[];
  /** The file's review state; null when it gave none (another tool's annotation). */
  reviewState: ReviewState | null;
  reviews: ParsedReview[];
  settlement: ParsedSettlement | null;
  replies: ParsedReply[];
  textVersion: ParsedTextVersion | null;
};

/** `errors`: every message for people (skipped entries included, with their reason); `skipped`: the entries not imported, by index in the file. */
export type ParseResult = {
  annotations: ParsedAnnotation[];
  errors: string[];
  skipped: { index: number; reason: string }[];
};
