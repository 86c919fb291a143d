import type { Anchor } from "@/lib/anchoring";
import type { AnnotationStatus, ReviewState } from "@/lib/validation/values";

/** The public JSON shape of an annotation (API, pages and exports share it). */
export type AnnotationView = {
  id: string;
  articleId: string;
  status: AnnotationStatus;
  note: string;
  sources: { url: string; title: string; quote: string; accessedAt: string | null }[];
  target: { start: number; end: number; exact: string; prefix: string; suffix: string };
  /** Where the target sits in the current body, or null for an orphan. */
  anchor: { start: number; end: number; method: Anchor["method"] } | null;
  orphan: boolean;
  /** How the article's last revision placed it (lib/anchoring/reanchor.ts); absent or null when it was made on this text. */
  anchorState?: "exact" | "moved" | "changed" | "orphaned" | null;
  /** Its quoted wording before that revision, when the revision changed it. */
  exactBefore?: string | null;
  author: { id: string; name: string };
  reviewState: ReviewState;
  /** The last settlement (approved, rejected or changes requested): by an editor, or by the team rule (by = null). */
  settlement: { by: { id: string; name: string } | null; at: string; comment: string | null } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  reviews: { reviewer: { id: string; name: string }; verdict: "agree" | "disagree"; reason: string | null; proposedStatus: AnnotationStatus | null; createdAt: string }[];
  replyCount: number;
};

export type AnnotationRow = {
  id: string;
  articleId: string;
  status: string;
  note: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState?: string | null;
  exactBefore?: string | null;
  reviewState: string;
  settledAt: Date | null;
  settleComment: string | null;
  settledBy: { id: string; name: string } | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string };
  sources: { url: string; title: string; quote: string; accessedAt: Date | null }[];
  reviews: { verdict: string; reason: string | null; proposedStatus: string | null; createdAt: Date; reviewer: { id: string; name: string } }[];
  _count: { replies: number };
};

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  settledBy: { select: { id: true, name: true } },
  sources: { orderBy: { position: "asc" as const }, select: { url: true, title: true, quote: true, accessedAt: true } },
  reviews: { orderBy: { createdAt: "asc" as const }, include: { reviewer: { select: { id: true, name: true } } } },
  _count: { select: { replies: { where: { deletedAt: null } } } },
};

export function toAnnotationView(row: AnnotationRow, anchor: Anchor | null): AnnotationView {
  return {
    id: row.id,
    articleId: row.articleId,
    status: row.status as AnnotationStatus,
    note: row.note,
    sources: row.sources.map((s) => ({ url: s.url, title: s.title, quote: s.quote, accessedAt: s.accessedAt?.toISOString() ?? null })),
    target: { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    anchor: anchor ? { start: anchor.start, end: anchor.end, method: anchor.method } : null,
    orphan: anchor === null,
    anchorState: (row.anchorState ?? null) as AnnotationView["anchorState"],
    exactBefore: row.exactBefore ?? null,
    author: row.author,
    reviewState: row.reviewState as ReviewState,
    settlement: row.settledAt ? { by: row.settledBy, at: row.settledAt.toISOString(), comment: row.settleComment } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reviews: row.reviews.map((r) => ({
      reviewer: r.reviewer,
      verdict: r.verdict as "agree" | "disagree",
      reason: r.reason,
      proposedStatus: r.proposedStatus as AnnotationStatus | null,
      createdAt: r.createdAt.toISOString(),
    })),
    replyCount: row._count.replies,
  };
}
