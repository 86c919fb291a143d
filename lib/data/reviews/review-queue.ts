import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canAnnotate, canModerate, type Actor } from "@/lib/permissions/roles";
import { isOnPreviousVersion } from "@/lib/review/review-state";
import { annotationAuthor, withReplyCounts } from "@/lib/data/annotations/annotation-view";
import { byDue, listMyOpenAssignments } from "@/lib/data/assignments/my-assignments";
import type { MyAssignment } from "@/lib/contracts/assignment";
import type { QueueFilters, QueueItem } from "@/lib/contracts/review-queue";
import { annotationScope } from "@/lib/data/scopes";

const QUEUE_LIMIT = 200;

const include = {
  author: { select: { id: true, name: true } },
  creditedAuthor: { select: { id: true, name: true } },
  article: { select: { id: true, title: true } },
  reviews: { select: { verdict: true, annotationVersion: true } },
} satisfies Prisma.AnnotationInclude;

type Row = Prisma.AnnotationGetPayload<{ include: typeof include }> & {
  _count: { replies: number };
};

/** As on the card: reviews of the annotation as it stands; those given on a previous version apart. */
function tally(row: Row) {
  const current = row.reviews.filter(
    (r) => !isOnPreviousVersion(r.annotationVersion, row.contentVersion),
  );
  const count = (list: typeof row.reviews, verdict: string) =>
    list.filter((r) => r.verdict === verdict).length;
  return {
    agreements: count(current, "agree"),
    disagreements: count(current, "disagree"),
    previousVersionReviews: row.reviews.length - current.length,
  };
}

function toItem(row: Row, reason: QueueItem["reason"]): QueueItem {
  return {
    id: row.id,
    reason,
    status: row.status,
    note: row.note,
    quote: row.exact,
    reviewState: row.reviewState,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    author: annotationAuthor(row),
    article: row.article,
    ...tally(row),
    replyCount: row._count.replies,
    assignment: null,
  };
}

/** Marks what is assigned to the actor (an annotation's own assignment over its article's) and moves it to the front, soonest due first; the rest keep their order. */
function assignedFirst(items: QueueItem[], mine: MyAssignment[]): QueueItem[] {
  const byAnnotation = new Map(
    mine.flatMap((a) => (a.annotationId ? [[a.annotationId, a] as const] : [])),
  );
  const byArticle = new Map(
    mine.flatMap((a) => (a.annotationId ? [] : [[a.article.id, a] as const])),
  );
  for (const item of items) {
    const found = byAnnotation.get(item.id) ?? byArticle.get(item.article.id);
    if (found)
      item.assignment = {
        dueAt: found.dueAt,
        overdue: found.overdue,
        assignedBy: found.assignedBy.name,
        wholeArticle: !found.annotationId,
      };
  }
  const assigned = items
    .filter((i) => i.assignment)
    .sort((a, b) => byDue(a.assignment!, b.assignment!));
  return [...assigned, ...items.filter((i) => !i.assignment)];
}

/**
 * What the actor can still review (others' live annotations they have not reviewed), what is
 * assigned to them first, then oldest first; for editors and admins also the disputed ones
 * waiting for a settlement.
 */
export async function listReviewQueue(
  actor: Actor,
  filters: QueueFilters = {},
): Promise<QueueItem[]> {
  if (!canAnnotate(actor)) return [];
  const db = await getDb();
  const base: Prisma.AnnotationWhereInput = {
    ...annotationScope(actor),
    // Stricter than the scope: the queue leaves archived articles out for everyone.
    article: { archivedAt: null },
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
  };
  const reviewable: Prisma.AnnotationWhereInput = {
    ...base,
    authorId:
      filters.authorId && filters.authorId !== actor.id ? filters.authorId : { not: actor.id },
    // Nor an imported annotation credited to them: nobody reviews their own (NULL never equals, hence the OR).
    OR: [{ creditedAuthorId: null }, { creditedAuthorId: { not: actor.id } }],
    reviewState: filters.reviewState ?? { in: ["open", "changes_requested"] },
    reviews: { none: { reviewerId: actor.id } },
  };
  const mine = await listMyOpenAssignments(actor);
  const assignedIds = mine.flatMap((a) => (a.annotationId ? [a.annotationId] : []));
  const assignedArticleIds = mine.flatMap((a) => (a.annotationId ? [] : [a.article.id]));
  // Assigned work is read apart so that it is never cut off by the limit on the oldest-first list.
  const [assignedRows, oldest] = await Promise.all([
    mine.length === 0
      ? []
      : db.annotation.findMany({
          where: {
            AND: [
              reviewable,
              { OR: [{ id: { in: assignedIds } }, { articleId: { in: assignedArticleIds } }] },
            ],
          },
          include,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: QUEUE_LIMIT,
        }),
    db.annotation.findMany({
      where: reviewable,
      include,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
    }),
  ]);
  const assignedSeen = new Set(assignedRows.map((row) => row.id));
  const toReview = [...assignedRows, ...oldest.filter((row) => !assignedSeen.has(row.id))];
  const items = (await withReplyCounts(db, toReview)).map((row) => toItem(row, "to-review"));
  if (canModerate(actor) && (!filters.reviewState || filters.reviewState === "open")) {
    const seen = new Set(items.map((i) => i.id));
    const toSettle = await db.annotation.findMany({
      where: {
        ...base,
        reviewState: "open",
        reviews: { some: { verdict: "disagree", importedAt: null } },
      },
      include,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
    });
    items.push(
      ...(
        await withReplyCounts(
          db,
          toSettle.filter((row) => !seen.has(row.id)),
        )
      ).map((row) => toItem(row, "to-settle")),
    );
  }
  return assignedFirst(items, mine);
}

/** Choices for the queue's filters: the articles and authors that appear in it. */
export async function listQueueFilterOptions(actor: Actor) {
  const db = await getDb();
  const [articles, authors] = await Promise.all([
    db.article.findMany({
      where: { archivedAt: null },
      select: { id: true, title: true },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    db.user.findMany({
      where: { annotations: { some: { deletedAt: null } }, NOT: { id: actor.id } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 200,
    }),
  ]);
  return { articles, authors };
}
