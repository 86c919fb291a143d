import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import type { SettleDecision } from "@/lib/validation/reviews";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";

// These fire requests at once through the data layer, as simultaneous HTTP requests would. On
// SQLite the adapter runs transactions one after another, so the races show on PostgreSQL.

async function annotationBy(author: Actor) {
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Races", body: "A claim worth checking." }),
  );
  return createAnnotation(author, article.id, {
    status: "disputed",
    note: "Doubtful.",
    sources: [],
    target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
  });
}

const actors = (n: number, role: Actor["role"]) =>
  Promise.all(Array.from({ length: n }, () => createTestActor(role)));

function split<T>(results: PromiseSettledResult<T>[]) {
  return {
    won: results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : [])),
    lost: results.flatMap((r) => (r.status === "rejected" ? [r.reason as AppError] : [])),
  };
}

describe("simultaneous requests on one annotation", () => {
  it("approves by the team rule when the two agreements arrive together", async () => {
    await (
      await getDb()
    ).teamSettings.upsert({
      where: { id: 1 },
      create: { id: 1 },
      update: { autoApproveAgreements: 2 },
    });
    const author = await createTestActor("reviewer");
    const annotations = await Promise.all(Array.from({ length: 4 }, () => annotationBy(author)));
    const reviewers = await actors(2, "reviewer");
    await Promise.all(
      annotations.flatMap((a) =>
        reviewers.map((r) => reviewAnnotation(r, a.id, { verdict: "agree" })),
      ),
    );
    const db = await getDb();
    const states = await db.annotation.findMany({
      where: { id: { in: annotations.map((a) => a.id) } },
      select: { reviewState: true },
    });
    expect(states.map((s) => s.reviewState)).toEqual([
      "approved",
      "approved",
      "approved",
      "approved",
    ]);
    expect(
      await db.auditEvent.count({
        where: {
          entityId: { in: annotations.map((a) => a.id) },
          action: "annotation.auto-approve",
        },
      }),
    ).toBe(4);
  });

  it("one concurrent edit wins; every loser gets a conflict carrying the winner's version", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const editors = [author, ...(await actors(9, "editor"))];
    const results = await Promise.allSettled(
      editors.map((e, i) =>
        updateAnnotation(e, annotation.id, { version: annotation.version, note: `Edit ${i}` }),
      ),
    );
    const { won, lost } = split(results);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const error of lost) {
      expect(error).toMatchObject({
        code: "CONFLICT",
        details: {
          current: { id: annotation.id, version: annotation.version + 1, note: won[0]!.note },
        },
      });
    }
  });

  it("ten identical reviews by one reviewer at once: one review row, one review.create, one notification", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const bob = await createTestActor("reviewer");
    await Promise.all(
      Array.from({ length: 10 }, () =>
        reviewAnnotation(bob, annotation.id, { verdict: "disagree", reason: "Not in the report." }),
      ),
    );
    const db = await getDb();
    expect(await db.review.count({ where: { annotationId: annotation.id } })).toBe(1);
    const events = await db.auditEvent.findMany({
      where: { entityId: annotation.id, action: { startsWith: "review." } },
    });
    expect(events.map((e) => e.action)).toEqual(["review.create"]);
    expect(JSON.parse(events[0]!.after!)).toEqual({
      verdict: "disagree",
      reason: "Not in the report.",
      proposedStatus: null,
    });
    expect(
      await db.notification.count({ where: { annotationId: annotation.id, kind: "review" } }),
    ).toBe(1);
  });

  it("simultaneous different reviews by one reviewer: the audit chain matches what was written", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const bob = await createTestActor("reviewer");
    const verdicts = Array.from({ length: 8 }, (_, i) =>
      i % 2
        ? { verdict: "agree" as const }
        : { verdict: "disagree" as const, reason: `Reason ${i}` },
    );
    await Promise.all(verdicts.map((v) => reviewAnnotation(bob, annotation.id, v)));
    const db = await getDb();
    const events = await db.auditEvent.findMany({
      where: { entityId: annotation.id, action: { startsWith: "review." } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events[0]!.action).toBe("review.create");
    expect(events.slice(1).every((e) => e.action === "review.change")).toBe(true);
    // Each change starts from what the previous event wrote, and the last one is the stored review.
    for (let i = 1; i < events.length; i++)
      expect(JSON.parse(events[i]!.before!)).toEqual(JSON.parse(events[i - 1]!.after!));
    const review = await db.review.findFirstOrThrow({ where: { annotationId: annotation.id } });
    expect(JSON.parse(events.at(-1)!.after!)).toEqual({
      verdict: review.verdict,
      reason: review.reason,
      proposedStatus: review.proposedStatus,
    });
  });

  it("concurrent settlements with different decisions from one read: exactly one wins, the others are told what it is now", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const editors = await actors(8, "editor");
    const decisions: SettleDecision[] = ["changes_requested", "approved", "rejected"];
    const results = await Promise.allSettled(
      editors.map((e, i) =>
        settleAnnotation(e, annotation.id, {
          decision: decisions[i % 3]!,
          version: annotation.version,
        }),
      ),
    );
    const { won, lost } = split(results);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost)
      expect(error).toMatchObject({
        code: "CONFLICT",
        details: { version: won[0]!.version, reviewState: won[0]!.reviewState },
      });
    const db = await getDb();
    expect(
      await db.auditEvent.count({
        where: { entityId: annotation.id, action: "annotation.settle" },
      }),
    ).toBe(1);
  });
});
