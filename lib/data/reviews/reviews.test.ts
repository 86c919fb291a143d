import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { settleSchema } from "@/lib/validation/reviews";
import { listAnnotationHistory } from "@/lib/data/annotations/annotation-history";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { createReply, deleteReply, listReplies, updateReply } from "@/lib/data/reviews/replies";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { listReviewQueue } from "@/lib/data/reviews/review-queue";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";

async function annotationBy(author: Actor) {
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Reviews", body: "A claim worth checking." }),
  );
  return createAnnotation(author, article.id, {
    status: "disputed",
    note: "Doubtful.",
    sources: [],
    target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
  });
}

async function ensureDefaultRule() {
  await (
    await getDb()
  ).teamSettings.upsert({
    where: { id: 1 },
    create: { id: 1 },
    update: { autoApproveAgreements: 2 },
  });
}

describe("reviews", () => {
  it("one current review per reviewer; changing one's mind replaces it and the history keeps both", async () => {
    const author = await createTestActor("reviewer");
    const bob = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await reviewAnnotation(bob, annotation.id, { verdict: "agree" });
    const after = await reviewAnnotation(bob, annotation.id, {
      verdict: "disagree",
      reason: "The report says otherwise.",
      proposedStatus: "unverified",
    });
    expect(after.reviews).toEqual([
      expect.objectContaining({
        verdict: "disagree",
        reason: "The report says otherwise.",
        proposedStatus: "unverified",
        reviewer: { id: bob.id, name: bob.name },
      }),
    ]);
    const history = await listAnnotationHistory(author, annotation.id);
    expect(history.map((e) => e.action)).toEqual([
      "annotation.create",
      "review.create",
      "review.change",
    ]);
    expect(history[2]).toMatchObject({
      before: { verdict: "agree" },
      after: { verdict: "disagree" },
    });
  });

  it("refuses one's own annotation, viewers, and deleted annotations; nothing is written", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await expect(
      reviewAnnotation(author, annotation.id, { verdict: "agree" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      reviewAnnotation(await createTestActor("viewer"), annotation.id, { verdict: "agree" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteAnnotation(author, annotation.id);
    await expect(
      reviewAnnotation(await createTestActor("reviewer"), annotation.id, { verdict: "agree" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await (await getDb()).review.count({ where: { annotationId: annotation.id } })).toBe(0);
  });

  it("approves automatically after two agreements with no disagreement, and an edit reopens it", async () => {
    await ensureDefaultRule();
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    expect(
      (
        await reviewAnnotation(await createTestActor("reviewer"), annotation.id, {
          verdict: "agree",
        })
      ).reviewState,
    ).toBe("open");
    const approved = await reviewAnnotation(await createTestActor("editor"), annotation.id, {
      verdict: "agree",
    });
    expect(approved).toMatchObject({ reviewState: "approved", settlement: { by: null } });
    const edited = await updateAnnotation(author, annotation.id, {
      version: approved.version,
      note: "Sharper note.",
    });
    expect(edited.reviewState).toBe("open");
  });

  it("marks reviews given before an edit as on a previous version; they no longer approve it, and the same verdict again renews one", async () => {
    await ensureDefaultRule();
    const author = await createTestActor("reviewer");
    const [bob, carol] = [await createTestActor("reviewer"), await createTestActor("reviewer")];
    const annotation = await annotationBy(author);
    const reviewed = await reviewAnnotation(bob, annotation.id, { verdict: "agree" });
    expect(reviewed.reviews[0]).not.toHaveProperty("onPreviousVersion");
    // A save that changes nothing leaves the review current; a new note does not.
    const same = await updateAnnotation(author, annotation.id, {
      version: reviewed.version,
      note: "Doubtful.",
    });
    expect(same.reviews[0]).not.toHaveProperty("onPreviousVersion");
    const edited = await updateAnnotation(author, annotation.id, {
      version: same.version,
      note: "Doubtful: the minutes say 14.",
    });
    expect(edited.reviews).toEqual([
      expect.objectContaining({ verdict: "agree", onPreviousVersion: true }),
    ]);
    // The queue counts as the card does: Bob's agreement is on a previous version.
    const dave = await createTestActor("reviewer");
    const queued = (await listReviewQueue(dave, { articleId: annotation.articleId })).find(
      (item) => item.id === annotation.id,
    );
    expect(queued).toMatchObject({ agreements: 0, disagreements: 0, previousVersionReviews: 1 });
    // Bob's old agreement plus Carol's new one are not two agreements with this note.
    const afterCarol = await reviewAnnotation(carol, annotation.id, { verdict: "agree" });
    expect(afterCarol.reviewState).toBe("open");
    expect(afterCarol.reviews.find((r) => r.reviewer.id === carol.id)).not.toHaveProperty(
      "onPreviousVersion",
    );
    // Bob agrees again with the new note: his review is current, and that makes two.
    const renewed = await reviewAnnotation(bob, annotation.id, { verdict: "agree" });
    expect(renewed.reviews.every((r) => !r.onPreviousVersion)).toBe(true);
    expect(renewed.reviewState).toBe("approved");
    const history = await listAnnotationHistory(author, annotation.id);
    expect(history.filter((e) => e.onPreviousVersion).map((e) => e.action)).toEqual([
      "review.create",
    ]);
    expect(history.filter((e) => e.action.startsWith("review.")).length).toBe(3);
  });

  it("does not approve when someone disagrees", async () => {
    await ensureDefaultRule();
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await reviewAnnotation(await createTestActor("reviewer"), annotation.id, {
      verdict: "disagree",
      reason: "No.",
    });
    await reviewAnnotation(await createTestActor("reviewer"), annotation.id, { verdict: "agree" });
    expect(
      (
        await reviewAnnotation(await createTestActor("reviewer"), annotation.id, {
          verdict: "agree",
        })
      ).reviewState,
    ).toBe("open");
  });
});

describe("settling", () => {
  it("is for editors and admins; two settlements from the same read: one wins, the other is a conflict", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await expect(
      settleAnnotation(await createTestActor("reviewer"), annotation.id, {
        decision: "approved",
        version: annotation.version,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [first, second] = [await createTestActor("editor"), await createTestActor("admin")];
    const results = await Promise.allSettled([
      settleAnnotation(first, annotation.id, { decision: "approved", version: annotation.version }),
      settleAnnotation(second, annotation.id, {
        decision: "rejected",
        version: annotation.version,
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(
      (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason,
    ).toMatchObject({ code: "CONFLICT" });
    const history = await listAnnotationHistory(author, annotation.id);
    expect(history.filter((e) => e.action === "annotation.settle")).toHaveLength(1);
  });

  it("needs the version read: a request without one is invalid, and a decision from an old read is a conflict", async () => {
    expect(settleSchema.safeParse({ decision: "approved" }).success).toBe(false);
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const [first, second] = [await createTestActor("editor"), await createTestActor("editor")];
    const sent = await settleAnnotation(first, annotation.id, {
      decision: "changes_requested",
      comment: "Add a source.",
      version: annotation.version,
    });
    await expect(
      settleAnnotation(second, annotation.id, {
        decision: "approved",
        version: annotation.version,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reviewState: "changes_requested", version: sent.version },
    });
    expect(
      (
        await settleAnnotation(second, annotation.id, {
          decision: "approved",
          version: sent.version,
        })
      ).reviewState,
    ).toBe("approved");
  });

  it("changes requested goes back to open when the author edits", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const sent = await settleAnnotation(await createTestActor("editor"), annotation.id, {
      decision: "changes_requested",
      comment: "Add a source.",
      version: annotation.version,
    });
    expect(sent).toMatchObject({
      reviewState: "changes_requested",
      settlement: { comment: "Add a source." },
    });
    const edited = await updateAnnotation(author, annotation.id, {
      version: sent.version,
      status: "sourced",
      sources: [{ url: "https://example.org", title: "", quote: "", accessedAt: null }],
    });
    expect(edited.reviewState).toBe("open");
  });
});

describe("replies", () => {
  it("form a thread, never change the review state, and leave a placeholder when deleted", async () => {
    const author = await createTestActor("reviewer");
    const bob = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const first = await createReply(bob, annotation.id, { body: "Where is this from?" });
    const answer = await createReply(author, annotation.id, {
      body: "The ODNI report, page 4.",
      parentId: first.id,
    });
    await expect(updateReply(author, first.id, "hijack")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await updateReply(bob, first.id, "Where exactly is this from?");
    await deleteReply(bob, first.id);
    const thread = await listReplies(author, annotation.id);
    expect(thread).toEqual([
      expect.objectContaining({ id: first.id, body: null, deleted: true }),
      expect.objectContaining({
        id: answer.id,
        parentId: first.id,
        body: "The ODNI report, page 4.",
      }),
    ]);
    const db = await getDb();
    expect(
      (await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } })).reviewState,
    ).toBe("open");
    expect(await db.notification.count({ where: { userId: author.id, kind: "reply" } })).toBe(1);
    await expect(
      createReply(await createTestActor("viewer"), annotation.id, { body: "hi" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteAnnotation(author, annotation.id);
    await expect(createReply(bob, annotation.id, { body: "too late" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
