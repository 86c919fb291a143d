import "server-only";
import { DEMO_REPLIES, DEMO_REVIEWS, DEMO_SETTLEMENTS } from "@/lib/demo/demo-reviews";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shouldAutoApprove } from "@/lib/review/review-state";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { notifyAuthor } from "@/lib/data/notifications/notifications";

type Seeded = Map<string, { id: string; authorId: string; status: string }>;

/** The demo's review activity: verdicts, a short discussion and two settlements, with their history. */
export async function seedReviews(
  tx: Prisma.TransactionClient,
  articleId: string,
  byQuote: Seeded,
  ids: Map<string, string>,
): Promise<void> {
  const find = (quote: string) => {
    const annotation = byQuote.get(quote);
    if (!annotation) throw new Error(`Demo review refers to an unknown quote: ${quote}`);
    return annotation;
  };
  for (const review of DEMO_REVIEWS) {
    const annotation = find(review.quote);
    const reviewerId = ids.get(review.reviewer)!;
    const data = {
      verdict: review.verdict,
      reason: review.reason ?? null,
      proposedStatus: review.proposedStatus ?? null,
    };
    await tx.review.create({ data: { annotationId: annotation.id, reviewerId, ...data } });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "review.create",
      entityType: "annotation",
      entityId: annotation.id,
      articleId,
      after: data,
    });
    await notifyAuthor(tx, annotation, reviewerId, "review");
  }
  for (const annotation of byQuote.values()) {
    const reviews = await tx.review.findMany({ where: { annotationId: annotation.id } });
    if (!shouldAutoApprove("open", annotation.authorId, reviews, 2)) continue;
    await tx.annotation.update({
      where: { id: annotation.id },
      data: {
        reviewState: "approved",
        settledAt: new Date(),
        settleComment: "2 agreements, no disagreement",
      },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "annotation.auto-approve",
      entityType: "annotation",
      entityId: annotation.id,
      articleId,
      before: { reviewState: "open" },
      after: { reviewState: "approved" },
    });
  }
  for (const reply of DEMO_REPLIES) {
    const annotation = find(reply.quote);
    const authorId = ids.get(reply.author)!;
    const created = await tx.reply.create({
      data: { annotationId: annotation.id, authorId, body: reply.body },
    });
    await recordAudit(tx, {
      actorId: authorId,
      action: "reply.create",
      entityType: "annotation",
      entityId: annotation.id,
      articleId,
      after: { replyId: created.id, body: reply.body },
    });
    await notifyAuthor(tx, annotation, authorId, "reply");
  }
  const editorId = ids.get("editor")!;
  for (const settlement of DEMO_SETTLEMENTS) {
    const annotation = find(settlement.quote);
    await tx.annotation.update({
      where: { id: annotation.id },
      data: {
        reviewState: settlement.decision,
        settledById: editorId,
        settledAt: new Date(),
        settleComment: settlement.comment,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: editorId,
      action: "annotation.settle",
      entityType: "annotation",
      entityId: annotation.id,
      articleId,
      before: { reviewState: "open" },
      after: { reviewState: settlement.decision, comment: settlement.comment },
    });
    await notifyAuthor(tx, annotation, editorId, "settlement");
  }
}
