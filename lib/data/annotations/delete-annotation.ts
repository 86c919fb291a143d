import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canRestoreAnnotation, isModeration } from "@/lib/permissions/annotations";
import type { Actor } from "@/lib/permissions/roles";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { lockAnnotation } from "@/lib/data/annotations/annotation-lock";
import { changeTransaction } from "@/lib/data/article-changes";
import { findAnnotationRow, toAnnotationView } from "@/lib/data/annotations/annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { recordAudit } from "@/lib/data/audit/record-audit";

/** How long a deletion can be undone; afterwards the row stays (soft-deleted) for the audit trail only. */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;

/** Soft delete: the row stays for the audit trail and for undo, with who deleted it. A given version must still be current. */
export async function deleteAnnotation(actor: Actor, id: string, version?: number): Promise<void> {
  const { row, article } = await loadAnnotationFor(actor, id, "write");
  const db = await getDb();
  await changeTransaction(db, async (tx, changed) => {
    await lockAnnotation(tx, id);
    const { count } = await tx.annotation.updateMany({
      where: { id, deletedAt: null, ...(version === undefined ? {} : { version }) },
      data: { deletedAt: new Date(), deletedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Someone changed this annotation after you opened it");
    await recordAudit(tx, {
      actorId: actor.id,
      action: isModeration(actor, row) ? "annotation.moderate-delete" : "annotation.delete",
      entityType: "annotation",
      entityId: id,
      articleId: article.id,
    });
    changed({ articleId: article.id, annotationId: id, kind: "delete" });
  });
}

/** Undo of a deletion, for a few minutes, by whoever deleted it or a moderator. */
export async function restoreAnnotation(actor: Actor, id: string): Promise<AnnotationView> {
  const { article } = await loadAnnotationFor(actor, id, "write", { includeDeleted: true });
  const db = await getDb();
  const restored = await changeTransaction(db, async (tx, changed) => {
    await lockAnnotation(tx, id);
    const current = await tx.annotation.findUniqueOrThrow({
      where: { id },
      select: { deletedAt: true, deletedById: true },
    });
    if (!current.deletedAt || current.deletedAt.getTime() < Date.now() - UNDO_WINDOW_MS) {
      throw new AppError(
        "CONFLICT",
        "This annotation is not deleted, or was deleted too long ago to undo",
      );
    }
    if (!canRestoreAnnotation(actor, current))
      throw forbidden("Only whoever deleted this annotation, an editor or an admin can restore it");
    await tx.annotation.update({
      where: { id },
      data: { deletedAt: null, deletedById: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.restore",
      entityType: "annotation",
      entityId: id,
      articleId: article.id,
    });
    changed({ articleId: article.id, annotationId: id, kind: "restore" });
    return findAnnotationRow(tx, id);
  });
  return toAnnotationView(restored, anchorTarget(article.body, restored));
}
