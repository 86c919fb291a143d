import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openKeyOf } from "@/lib/data/assignments/assignment-view";
import { recordAudit } from "@/lib/data/audit/record-audit";

/**
 * The done rule for an annotation's assignment: it is done once its assignee has reviewed the
 * annotation (`reviewerId` given: only their review counts), or once the annotation is settled
 * approved or rejected (nothing is left to review). Runs inside the review's or the settlement's
 * transaction, so the queue never shows as open what was just done.
 */
export async function completeAnnotationAssignment(
  tx: Prisma.TransactionClient,
  annotationId: string,
  event: { actorId: string | null; reviewerId?: string; reason: "review" | "settled" },
): Promise<void> {
  const openKey = openKeyOf({ kind: "annotation", id: annotationId });
  const open = await tx.assignment.findUnique({ where: { openKey } });
  if (!open || (event.reviewerId !== undefined && open.assigneeId !== event.reviewerId)) return;
  const doneAt = new Date();
  await tx.assignment.update({
    where: { id: open.id },
    data: { doneAt, openKey: null, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actorId: event.actorId,
    action: "assignment.change",
    entityType: "assignment",
    entityId: open.id,
    articleId: open.articleId,
    before: { doneAt: null },
    after: { doneAt: doneAt.toISOString(), reason: event.reason },
  });
}
