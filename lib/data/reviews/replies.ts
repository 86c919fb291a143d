import "server-only";
import { getDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canChangeReply, canReply } from "@/lib/permissions/reviews";
import type { Actor } from "@/lib/permissions/roles";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { lockAnnotation } from "@/lib/data/annotations/annotation-lock";
import { changeTransaction } from "@/lib/data/article-changes";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { notifyAuthor } from "@/lib/data/notifications/notifications";
import { personOf } from "@/lib/data/people/person-view";
import type { ReplyView } from "@/lib/contracts/reply";

type ReplyRow = {
  id: string;
  annotationId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string };
  externalAuthorName: string | null;
  externalAuthorId: string | null;
};

function toReplyView(row: ReplyRow): ReplyView {
  return {
    id: row.id,
    annotationId: row.annotationId,
    parentId: row.parentId,
    author:
      personOf(
        row.externalAuthorName ? null : row.author,
        row.externalAuthorName,
        row.externalAuthorId,
      ) ?? row.author,
    ownerId: row.authorId,
    body: row.deletedAt ? null : row.body,
    deleted: !!row.deletedAt,
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > 1000,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const withAuthor = { author: { select: { id: true, name: true } } };

export async function listReplies(actor: Actor, annotationId: string): Promise<ReplyView[]> {
  await loadAnnotationFor(actor, annotationId, "read");
  const db = await getDb();
  const rows = await db.reply.findMany({
    where: { annotationId },
    include: withAuthor,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toReplyView);
}

/** Annotations per query: well within SQLite's and PostgreSQL's limits on bound parameters. */
const REPLY_BATCH = 500;

/**
 * The replies of annotations the actor has already been let read (listAnnotationsForArticle), by
 * annotation, in one query per REPLY_BATCH annotations: listReplies per annotation made two
 * queries each, 15,000 for a 10,000-annotation export, most of its time.
 */
export async function listRepliesOfReadable(
  annotationIds: readonly string[],
): Promise<Map<string, ReplyView[]>> {
  const db = await getDb();
  const byAnnotation = new Map<string, ReplyView[]>();
  for (let i = 0; i < annotationIds.length; i += REPLY_BATCH) {
    const rows = await db.reply.findMany({
      where: { annotationId: { in: annotationIds.slice(i, i + REPLY_BATCH) } },
      include: withAuthor,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    for (const row of rows) {
      const list = byAnnotation.get(row.annotationId);
      if (list) list.push(toReplyView(row));
      else byAnnotation.set(row.annotationId, [toReplyView(row)]);
    }
  }
  return byAnnotation;
}

/** Replying never changes the review state; it does tell the annotation's author. */
export async function createReply(
  actor: Actor,
  annotationId: string,
  input: { body: string; parentId?: string },
): Promise<ReplyView> {
  const { row, article } = await loadAnnotationFor(actor, annotationId, "read");
  if (!canReply(actor)) throw forbidden("Viewers cannot reply");
  const db = await getDb();
  const reply = await changeTransaction(db, async (tx, changed) => {
    await lockAnnotation(tx, annotationId);
    const live = await tx.annotation.findUnique({
      where: { id: annotationId },
      select: { deletedAt: true },
    });
    if (!live || live.deletedAt) throw notFound("Annotation");
    if (input.parentId) {
      const parent = await tx.reply.findUnique({
        where: { id: input.parentId },
        select: { annotationId: true },
      });
      if (parent?.annotationId !== annotationId)
        throw new AppError("VALIDATION", "The reply you answer is not on this annotation", {
          fieldErrors: { parentId: ["Not a reply on this annotation"] },
        });
    }
    const created = await tx.reply.create({
      data: {
        annotationId,
        authorId: actor.id,
        parentId: input.parentId ?? null,
        body: input.body,
      },
      include: withAuthor,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "reply.create",
      entityType: "annotation",
      entityId: annotationId,
      articleId: article.id,
      after: { replyId: created.id, body: input.body },
    });
    await notifyAuthor(tx, row, actor.id, "reply");
    // The API's updatedAt says when the annotation or what hangs on it last changed.
    await tx.annotation.update({ where: { id: annotationId }, data: { updatedAt: new Date() } });
    changed({ articleId: article.id, annotationId, kind: "reply" });
    return created;
  });
  return toReplyView(reply);
}

async function loadReplyFor(actor: Actor, replyId: string) {
  const db = await getDb();
  const reply = await db.reply.findUnique({ where: { id: replyId } });
  if (!reply || reply.deletedAt) throw notFound("Reply");
  const { article } = await loadAnnotationFor(actor, reply.annotationId, "read");
  if (!canChangeReply(actor, reply))
    throw forbidden("Only the reply's author, an editor or an admin can change it");
  return { reply, article };
}

/** Under the annotation's lock, the reply as it is now: a simultaneous delete or edit has finished. */
async function lockReply(
  tx: Prisma.TransactionClient,
  reply: { id: string; annotationId: string },
) {
  await lockAnnotation(tx, reply.annotationId);
  const current = await tx.reply.findUnique({ where: { id: reply.id } });
  if (!current || current.deletedAt) throw notFound("Reply");
  return current;
}

export async function updateReply(actor: Actor, replyId: string, body: string): Promise<ReplyView> {
  const { reply, article } = await loadReplyFor(actor, replyId);
  const db = await getDb();
  const updated = await changeTransaction(db, async (tx, changed) => {
    const current = await lockReply(tx, reply);
    const row = await tx.reply.update({
      where: { id: replyId },
      data: { body },
      include: withAuthor,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "reply.update",
      entityType: "annotation",
      entityId: reply.annotationId,
      articleId: article.id,
      before: { replyId, body: current.body },
      after: { replyId, body },
    });
    changed({ articleId: article.id, annotationId: reply.annotationId, kind: "reply" });
    return row;
  });
  return toReplyView(updated);
}

export async function deleteReply(actor: Actor, replyId: string): Promise<void> {
  const { reply, article } = await loadReplyFor(actor, replyId);
  const db = await getDb();
  await changeTransaction(db, async (tx, changed) => {
    const current = await lockReply(tx, reply);
    await tx.reply.update({ where: { id: replyId }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "reply.delete",
      entityType: "annotation",
      entityId: reply.annotationId,
      articleId: article.id,
      before: { replyId, body: current.body },
    });
    await tx.annotation.update({
      where: { id: reply.annotationId },
      data: { updatedAt: new Date() },
    });
    changed({ articleId: article.id, annotationId: reply.annotationId, kind: "reply" });
  });
}
