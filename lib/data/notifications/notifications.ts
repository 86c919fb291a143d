import "server-only";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canSeeArchived, type Actor } from "@/lib/permissions/roles";
import { loadNotifiedAssignments } from "@/lib/data/assignments/notification-assignments";
import type { NotificationKind, NotificationView } from "@/lib/contracts/notification";

/** moved | changed | orphaned: a revision of the article did that to the annotation (lib/data/articles/reanchor-article.ts). */
/** Tells an annotation's author about others' activity on it (never about their own). */
export async function notifyAuthor(
  tx: Prisma.TransactionClient,
  annotation: { id: string; authorId: string },
  actorId: string,
  kind: NotificationKind,
): Promise<void> {
  if (annotation.authorId === actorId) return;
  await tx.notification.create({
    data: { userId: annotation.authorId, actorId, kind, annotationId: annotation.id },
  });
}

type NotifiedAnnotation = {
  id: string;
  exact: string;
  articleId: string;
  deletedAt: Date | null;
  article: { title: string; archivedAt: Date | null };
};

/** What the user may still read of it: an archived article's title and quotes only who may open it (as getArticle decides). */
function describeAnnotation(
  actor: Actor,
  annotation: NotifiedAnnotation | null,
): Pick<NotificationView, "annotation" | "unavailable"> {
  if (!annotation || annotation.deletedAt) return { annotation: null, unavailable: "deleted" };
  if (annotation.article.archivedAt && !canSeeArchived(actor))
    return { annotation: null, unavailable: "archived" };
  return {
    annotation: {
      id: annotation.id,
      quote: annotation.exact,
      articleId: annotation.articleId,
      articleTitle: annotation.article.title,
    },
    unavailable: null,
  };
}

export const INBOX_PAGE_SIZE = 50;

export type NotificationPage = {
  notifications: NotificationView[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
};

/** The actor's own notifications only (the query is scoped by their id), a page at a time, newest first, with the totals the badge shows. */
export async function listNotifications(
  actor: Actor,
  options: { page?: number; pageSize?: number } = {},
): Promise<NotificationPage> {
  const db = await getDb();
  const pageSize = Math.min(Math.max(1, options.pageSize ?? INBOX_PAGE_SIZE), 500);
  const page = Math.max(1, options.page ?? 1);
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      include: {
        actor: { select: { id: true, name: true } },
        annotation: {
          select: {
            id: true,
            exact: true,
            articleId: true,
            deletedAt: true,
            article: { select: { title: true, archivedAt: true } },
          },
        },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.notification.count({ where: { userId: actor.id } }),
    countUnreadNotifications(actor),
  ]);
  const assignments = await loadNotifiedAssignments(
    actor,
    rows.flatMap((n) => (n.assignmentId ? [n.assignmentId] : [])),
  );
  const notifications = rows.map((n) => ({
    id: n.id,
    kind: n.kind as NotificationKind,
    actor: n.actor,
    // A whole article's assignment names no annotation: only its article can be out of reach.
    ...(n.assignmentId && !n.annotationId
      ? {
          annotation: null,
          unavailable: assignments.archived.has(n.assignmentId) ? ("archived" as const) : null,
        }
      : describeAnnotation(actor, n.annotation)),
    assignment: n.assignmentId ? (assignments.visible.get(n.assignmentId) ?? null) : null,
    read: !!n.readAt,
    createdAt: n.createdAt.toISOString(),
  }));
  return { notifications, total, unread, page, pageSize };
}

/**
 * Opening an entry reads it: marks it read and says where it leads (null when its annotation is
 * gone or out of reach). Someone else's id is simply not found.
 */
export async function openNotification(actor: Actor, id: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.notification.findFirst({
    where: { id, userId: actor.id },
    include: {
      annotation: {
        select: {
          id: true,
          exact: true,
          articleId: true,
          deletedAt: true,
          article: { select: { title: true, archivedAt: true } },
        },
      },
    },
  });
  if (!row) throw notFound("Notification");
  if (!row.readAt)
    await db.notification.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
  const { annotation } = describeAnnotation(actor, row.annotation);
  if (annotation) return `/articles/${annotation.articleId}?annotation=${annotation.id}`;
  const assigned =
    row.assignmentId && !row.annotationId
      ? (await loadNotifiedAssignments(actor, [row.assignmentId])).visible.get(row.assignmentId)
      : undefined;
  return assigned ? `/articles/${assigned.article.id}` : null;
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks the given notifications (or all) read; ids of other users' notifications simply match nothing. */
export async function markNotificationsRead(actor: Actor, ids?: string[]): Promise<number> {
  const db = await getDb();
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
