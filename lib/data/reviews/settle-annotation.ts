import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canSettle } from "@/lib/permissions/reviews";
import type { Actor } from "@/lib/permissions/roles";
import { stateAfterSettle } from "@/lib/review/review-state";
import type { SettleInput } from "@/lib/validation/reviews";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { lockAnnotation } from "@/lib/data/annotations/annotation-lock";
import { changeTransaction } from "@/lib/data/article-changes";
import {
  findAnnotationRow,
  NOT_IMPORTED_SETTLEMENT,
  toAnnotationView,
} from "@/lib/data/annotations/annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { completeAnnotationAssignment } from "@/lib/data/assignments/assignment-done";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { notifyAuthor } from "@/lib/data/notifications/notifications";

/**
 * An editor's decision, from the version they read, like an edit. Several editors settling at
 * once queue on the annotation's lock: one wins, the others get a 409 with the state and version
 * it has now, so the history shows one settlement and nobody's decision is silently replaced.
 */
export async function settleAnnotation(
  actor: Actor,
  annotationId: string,
  input: SettleInput,
): Promise<AnnotationView> {
  if (!canSettle(actor)) throw forbidden("Only an editor or an admin can settle annotations");
  const { row, article } = await loadAnnotationFor(actor, annotationId, "read");
  const db = await getDb();
  const updated = await changeTransaction(db, async (tx, changed) => {
    await lockAnnotation(tx, annotationId);
    const current = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } });
    if (current.version !== input.version || current.deletedAt) {
      throw new AppError(
        "CONFLICT",
        current.deletedAt
          ? "This annotation was deleted"
          : "This annotation was changed or settled by someone else since you opened it",
        {
          reviewState: current.reviewState,
          version: current.version,
        },
      );
    }
    const reviewState = stateAfterSettle(input.decision);
    await tx.annotation.update({
      where: { id: annotationId },
      data: {
        reviewState,
        settledById: actor.id,
        ...NOT_IMPORTED_SETTLEMENT,
        settledAt: new Date(),
        settleComment: input.comment ?? null,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.settle",
      entityType: "annotation",
      entityId: annotationId,
      articleId: article.id,
      before: { reviewState: current.reviewState },
      after: { reviewState, comment: input.comment ?? null },
    });
    await notifyAuthor(tx, row, actor.id, "settlement");
    // Changes requested sends it back for another look: the assignment stays open for that.
    if (reviewState !== "changes_requested")
      await completeAnnotationAssignment(tx, annotationId, {
        actorId: actor.id,
        reason: "settled",
      });
    changed({ articleId: article.id, annotationId, kind: "settle" });
    return findAnnotationRow(tx, annotationId);
  });
  return toAnnotationView(updated, anchorTarget(article.body, updated));
}
