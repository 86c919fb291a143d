import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canSettle } from "@/lib/permissions/reviews";
import type { Actor } from "@/lib/permissions/roles";
import { isSettled, stateAfterSettle } from "@/lib/review/review-state";
import type { ReviewState } from "@/lib/validation/annotations";
import type { SettleInput } from "@/lib/validation/reviews";
import { loadAnnotationFor } from "./annotation-access";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { recordAudit } from "./audit";
import { notifyAuthor } from "./notifications";

/**
 * An editor's decision. Two editors settling at once: the version guard lets one win and tells
 * the other (409), so the history shows one settlement. Without a version, settling an already
 * settled annotation is refused too, rather than silently replacing a colleague's decision.
 */
export async function settleAnnotation(actor: Actor, annotationId: string, input: SettleInput): Promise<AnnotationView> {
  if (!canSettle(actor)) throw forbidden("Only an editor or an admin can settle annotations");
  const { row, article } = await loadAnnotationFor(actor, annotationId, "read");
  const db = await getDb();
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } });
    const stale = input.version !== undefined ? current.version !== input.version : isSettled(current.reviewState as ReviewState);
    if (stale || current.deletedAt) {
      throw new AppError("CONFLICT", current.deletedAt ? "This annotation was deleted" : "This annotation was changed or settled by someone else since you opened it", {
        reviewState: current.reviewState,
        version: current.version,
      });
    }
    const reviewState = stateAfterSettle(input.decision);
    const { count } = await tx.annotation.updateMany({
      where: { id: annotationId, version: current.version },
      data: { reviewState, settledById: actor.id, settledAt: new Date(), settleComment: input.comment ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "This annotation was changed or settled by someone else since you opened it");
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
    return tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, include: annotationInclude });
  });
  return toAnnotationView(updated, anchorTarget(article.body, updated));
}
