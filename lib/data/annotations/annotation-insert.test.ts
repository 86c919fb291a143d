import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { fromPrismaError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import {
  annotationWriter,
  newAnnotationId,
  newAuditId,
  type NewAnnotation,
} from "@/lib/data/annotations/annotation-insert";
import { createAnnotation, getAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";

const BODY = Array.from({ length: 40 }, (_, i) => `Claim number ${i} is here.`).join("\n\n");
const on = (exact: string) => {
  const start = BODY.indexOf(exact);
  return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
};

describe("annotation creates committed together", () => {
  it("answer each concurrent create with exactly what a later read shows, with its sources and one audit event each", async () => {
    const author = await createTestActor("reviewer", "Batch Author");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Batch", body: BODY }),
    );
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createAnnotation(author, article.id, {
          status: i % 2 ? "sourced" : "disputed",
          note: `note ${i}`,
          sources:
            i % 2
              ? [
                  {
                    url: `https://a.example/${i}`,
                    title: `T${i}`,
                    quote: "q",
                    accessedAt: new Date("2026-03-01T00:00:00.000Z"),
                  },
                  { url: "https://b.example", title: "", quote: "", accessedAt: null },
                ]
              : [],
          target: on(`Claim number ${i} is`),
        }),
      ),
    );
    expect(new Set(created.map((a) => a.id)).size).toBe(30);
    for (const annotation of created)
      expect(await getAnnotation(author, annotation.id)).toEqual(annotation);
    const db = await getDb();
    const audits = await db.auditEvent.findMany({
      where: { action: "annotation.create", entityId: { in: created.map((a) => a.id) } },
    });
    expect(audits).toHaveLength(30);
    const first = audits.find((e) => e.entityId === created[1]!.id)!;
    expect(first).toMatchObject({
      actorId: author.id,
      entityType: "annotation",
      articleId: article.id,
      before: null,
    });
    expect(JSON.parse(first.after!)).toMatchObject({
      status: "sourced",
      note: "note 1",
      sources: ["https://a.example/1", "https://b.example"],
      target: { start: on("Claim number 1 is").start, exact: "Claim number 1 is" },
    });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: created[1]!.id } });
    expect(row).toMatchObject({
      reviewState: "open",
      version: 1,
      contentVersion: 1,
      settlementImported: false,
      articleVersion: 1,
      deletedAt: null,
    });
    expect(row.createdAt.getTime()).toBe(row.updatedAt.getTime());
  });

  it("fail a bad write alone: the others of its batch are written, the bad one leaves no row behind", async () => {
    const author = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Batch failure", body: BODY }),
    );
    let commits = 0;
    const write = annotationWriter(async () => {
      commits += 1;
      return getDb();
    });
    const row = (articleId: string, i: number): NewAnnotation => ({
      id: newAnnotationId(),
      articleId,
      authorId: author.id,
      status: "sourced",
      note: `n${i}`,
      ...on(`Claim number ${i} is`),
      articleVersion: 1,
      createdAt: new Date(),
      sources: [{ url: "https://c.example", title: "", quote: "", accessedAt: null }],
      audit: { id: newAuditId(), after: "{}" },
    });
    const rows = [row(article.id, 1), row("no-such-article", 2), row(article.id, 3)];
    const outcomes = await Promise.allSettled(rows.map((r) => write(r)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    // Answered as a client error, as a typed create's foreign key error is.
    expect(fromPrismaError((outcomes[1] as PromiseRejectedResult).reason)?.code).toBe(
      "BAD_REQUEST",
    );
    // One batch of three, then each alone.
    expect(commits).toBe(4);
    const db = await getDb();
    const ids = rows.map((r) => r.id);
    expect(
      (await db.annotation.findMany({ where: { id: { in: ids } }, select: { id: true } }))
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort());
    expect(await db.source.count({ where: { annotationId: { in: ids } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: ids[1] } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: { in: [ids[0]!, ids[2]!] } } })).toBe(2);
  });
});
