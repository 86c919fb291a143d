import type { Block } from "@/lib/article-content/blocks";
import type { AnnotationView } from "@/lib/data/annotation-view";
import type { ReplyView } from "@/lib/data/replies";
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
  options: ExportOptions;
  /**
   * The article's published report (/r/<slug>), when there is one: ClaimReview urls and the HTML
   * report point to it. `isPublicPage` when this bundle renders that page itself.
   */
  publication?: { url: string; isPublicPage: boolean } | null;
};

/** An annotation read from imported JSON; shaped like lib/data/import-annotations' ImportCandidate plus who and when. */
export type ParsedAnnotation = {
  status: AnnotationStatus;
  note: string;
  sources: { url: string; title: string; quote: string }[];
  target: { start?: number; end?: number; exact: string; prefix: string; suffix: string };
  creatorName: string | null;
  created: string | null;
};

export type ParseResult = { annotations: ParsedAnnotation[]; errors: string[] };
