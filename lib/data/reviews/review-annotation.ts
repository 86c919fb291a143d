import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { canReview } from "@/lib/permissions/reviews";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import { isOnPreviousVersion, shouldAutoApprove } from "@/lib/review/review-state";
import type { CreateReviewInput } from "@/lib/validation/reviews";
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

type ReviewFields = { verdict: string; reason: string | null; proposedStatus: string | null };

const sameReview = (a: ReviewFields, b: ReviewFields) =>
  a.verdict === b.verdict && a.reason === b.reason && a.proposedStatus === b.proposedStatus;

/**
 * Records the actor's verdict. One current review per reviewer: changing your mind replaces it,
 * and the audit trail keeps both; sending the same verdict again writes nothing. May approve the
 * annotation under the team's agreement rule. Under the annotation's lock, simultaneous reviews
 * queue: the rule sees every agreement committed before it, and each audit event starts from
 * the review the previous request left.
 */
export async function reviewAnnotation(
  actor: Actor,
  annotationId: string,
  input: CreateReviewInput,
): Promise<AnnotationView> {
  const { row, article } = await loadAnnotationFor(actor, annotationId, "read");
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot review annotations");
  if (!canReview(actor, row)) throw forbidden("You cannot review your own annotation");
  const db = await getDb();
  const updated = await changeTransaction(db, async (tx, logChange) => {
    await lockAnnotation(tx, annotationId);
    const live = await tx.annotation.findUnique({
      where: { id: annotationId },
      select: { deletedAt: true, contentVersion: true },
    });
    if (!live || live.deletedAt) throw notFound("Annotation");
    const key = { annotationId_reviewerId: { annotationId, reviewerId: actor.id } };
    const stored = await tx.review.findUnique({ where: key });
    const before = stored && {
      verdict: stored.verdict,
      reason: stored.reason,
      proposedStatus: stored.proposedStatus,
    };
    const data = {
      verdict: input.verdict,
      reason: input.reason ?? null,
      proposedStatus: input.verdict === "disagree" ? (input.proposedStatus ?? null) : null,
    };
    // The same verdict again on a newer version of the annotation confirms it for that version.
    const stale = !!stored && isOnPreviousVersion(stored.annotationVersion, live.contentVersion);
    const changed = !before || !sameReview(before, data) || stale;
    if (changed) {
      // A verdict given here replaces an imported one by the same person: it is theirs now, not history.
      const given = { ...data, annotationVersion: live.contentVersion };
      await tx.review.upsert({
        where: key,
        create: { annotationId, reviewerId: actor.id, ...given },
        update: { ...given, importedAt: null },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: before ? "review.change" : "review.create",
        entityType: "annotation",
        entityId: annotationId,
        articleId: article.id,
        before: before ?? undefined,
        after: data,
      });
      await notifyAuthor(tx, row, actor.id, "review");
      await completeAnnotationAssignment(tx, annotationId, {
        actorId: actor.id,
        reviewerId: actor.id,
        reason: "review",
      });
    }

    const annotation = await tx.annotation.findUniqueOrThrow({
      where: { id: annotationId },
      include: { reviews: true },
    });
    const settings = await tx.teamSettings.findUnique({ where: { id: 1 } });
    const threshold = settings?.autoApproveAgreements ?? 2;
    const approve = shouldAutoApprove(
      annotation.reviewState,
      [annotation.authorId, annotation.creditedAuthorId],
      annotation.reviews,
      threshold,
      annotation.contentVersion,
    );
    if (approve) {
      await tx.annotation.update({
        where: { id: annotationId },
        data: {
          reviewState: "approved",
          settledAt: new Date(),
          settledById: null,
          ...NOT_IMPORTED_SETTLEMENT,
          settleComment: `${threshold} agreements, no disagreement`,
          version: { increment: 1 },
        },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "annotation.auto-approve",
        entityType: "annotation",
        entityId: annotationId,
        articleId: article.id,
        before: { reviewState: annotation.reviewState },
        after: { reviewState: "approved", rule: `${threshold} agreements` },
      });
      await completeAnnotationAssignment(tx, annotationId, { actorId: null, reason: "settled" });
    } else if (changed) {
      // The API's updatedAt says when the annotation or what hangs on it last changed.
      await tx.annotation.update({ where: { id: annotationId }, data: { updatedAt: new Date() } });
    }
    if (changed || approve) logChange({ articleId: article.id, annotationId, kind: "review" });
    return findAnnotationRow(tx, annotationId);
  });
  return toAnnotationView(updated, anchorTarget(article.body, updated));
}
