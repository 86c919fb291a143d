import type { Anchor } from "@/lib/anchoring";
import type { AnnotationView, ReviewSummary } from "@/lib/contracts/annotation";
import { buildAnnotationView } from "@/lib/contracts/build-annotation-view";
import type { PersonView } from "@/lib/contracts/person";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReanchorResult } from "@/lib/anchoring/reanchor";
import type { AnnotationStatus, ReviewState, Verdict } from "@/lib/validation/constants";
import { isOnPreviousVersion } from "@/lib/review/review-state";
import { parseTags, personOf } from "@/lib/data/people/person-view";

type Account = { id: string; name: string };

export type AnnotationRow = {
  id: string;
  articleId: string;
  authorId: string;
  status: AnnotationStatus;
  note: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState?: ReanchorResult | null;
  exactBefore?: string | null;
  reviewState: ReviewState;
  settledAt: Date | null;
  settleComment: string | null;
  settledBy: Account | null;
  settledByExternalName: string | null;
  settledByExternalId: string | null;
  settlementImported: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  modifiedAt: Date | null;
  author: Account;
  creditedAuthor: Account | null;
  externalAuthorName: string | null;
  externalAuthorId: string | null;
  tags: string | null;
  sources: { url: string; title: string; quote: string; accessedAt: Date | null }[];
  reviews: {
    verdict: Verdict;
    reason: string | null;
    proposedStatus: AnnotationStatus | null;
    createdAt: Date;
    reviewer: Account | null;
    externalReviewerName: string | null;
    externalReviewerId: string | null;
    importedAt: Date | null;
    annotationVersion?: number | null;
  }[];
  _count: { replies: number };
  contentVersion?: number;
};

const account = { select: { id: true, name: true } };

export const annotationInclude = {
  author: account,
  creditedAuthor: account,
  settledBy: account,
  sources: {
    orderBy: { position: "asc" as const },
    select: { url: true, title: true, quote: true, accessedAt: true },
  },
  reviews: {
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    include: { reviewer: account },
  },
};

type ReplyCounter = Pick<Prisma.TransactionClient, "reply">;
const COUNT_SLICE = 500;

/**
 * The live reply count of each row, for toAnnotationView. Not Prisma's `_count` in the include:
 * that joins a count of the whole Reply table grouped by annotation, so every read of one
 * annotation grew with every reply in the database (3.5 ms at 15,000 replies on SQLite).
 */
export async function withReplyCounts<T extends { id: string }>(
  db: ReplyCounter,
  rows: T[],
): Promise<(T & { _count: { replies: number } })[]> {
  const counts = new Map<string, number>();
  // In slices: Prisma splits long `in` lists for finds but not for groupBy, and SQLite's adapter allows 999 parameters.
  for (let i = 0; i < rows.length; i += COUNT_SLICE) {
    const ids = rows.slice(i, i + COUNT_SLICE).map((r) => r.id);
    const groups = await db.reply.groupBy({
      by: ["annotationId"],
      where: { annotationId: { in: ids }, deletedAt: null },
      _count: { _all: true },
    });
    for (const group of groups) counts.set(group.annotationId, group._count._all);
  }
  return rows.map((row) => ({ ...row, _count: { replies: counts.get(row.id) ?? 0 } }));
}

/** One annotation as toAnnotationView reads it (inside a transaction: what that transaction sees). */
export async function findAnnotationRow(
  db: Pick<Prisma.TransactionClient, "annotation" | "reply">,
  id: string,
) {
  const [row] = await withReplyCounts(db, [
    await db.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude }),
  ]);
  return row!;
}

/** What a settlement decided here writes over an imported one's editor and mark. */
export const NOT_IMPORTED_SETTLEMENT = {
  settledByExternalName: null,
  settledByExternalId: null,
  settlementImported: false,
} as const;

/** Who wrote an annotation: the account an import credited, the external person it named, else its owner. */
export function annotationAuthor(
  row: Pick<AnnotationRow, "author" | "creditedAuthor" | "externalAuthorName" | "externalAuthorId">,
): PersonView {
  return personOf(row.creditedAuthor, row.externalAuthorName, row.externalAuthorId) ?? row.author;
}

/** A reviewer without an account nor a name cannot be stored (lib/data/interchange/import-annotations.ts); "Unknown" only guards the type. */
const reviewerOf = (r: AnnotationRow["reviews"][number]): PersonView =>
  personOf(r.reviewer, r.externalReviewerName, r.externalReviewerId) ?? {
    id: null,
    name: "Unknown",
    externalId: null,
  };

export function toAnnotationView(row: AnnotationRow, anchor: Anchor | null): AnnotationView {
  return buildAnnotationView({
    id: row.id,
    articleId: row.articleId,
    status: row.status,
    note: row.note,
    sources: row.sources.map((s) => ({
      url: s.url,
      title: s.title,
      quote: s.quote,
      accessedAt: s.accessedAt?.toISOString() ?? null,
    })),
    target: {
      start: row.start,
      end: row.end,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
    },
    anchor: anchor ? { start: anchor.start, end: anchor.end, method: anchor.method } : null,
    anchorState: row.anchorState ?? null,
    exactBefore: row.exactBefore ?? null,
    author: annotationAuthor(row),
    ownerId: row.authorId,
    tags: parseTags(row.tags),
    reviewState: row.reviewState,
    settlement: row.settledAt
      ? {
          by: personOf(row.settledBy, row.settledByExternalName, row.settledByExternalId),
          at: row.settledAt.toISOString(),
          comment: row.settleComment,
          imported: row.settlementImported,
        }
      : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    modifiedAt: (row.modifiedAt ?? row.updatedAt).toISOString(),
    reviews: row.reviews.map((r): ReviewSummary => ({
      reviewer: reviewerOf(r),
      verdict: r.verdict,
      reason: r.reason,
      proposedStatus: r.proposedStatus,
      createdAt: r.createdAt.toISOString(),
      imported: r.importedAt !== null,
      ...(isOnPreviousVersion(r.annotationVersion, row.contentVersion ?? 1)
        ? { onPreviousVersion: true as const }
        : {}),
    })),
    replyCount: row._count.replies,
  });
}
