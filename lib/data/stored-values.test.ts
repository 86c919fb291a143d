import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseProvider, getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestActor } from "@/lib/testing/factories";

// What a caller that skipped zod might send: the enums make the write fail instead of storing it.
const UNKNOWN = "probably" as never;

async function annotationOf() {
  const db = await getDb();
  const author = await createTestActor("reviewer");
  const article = await db.article.create({
    data: {
      title: `Stored values ${randomUUID()}`,
      body: "Some text here.",
      createdById: author.id,
    },
  });
  const row = { articleId: article.id, authorId: author.id, start: 0, end: 4, exact: "Some" };
  return { db, author, row };
}

describe("stored values", () => {
  it("refuses an annotation whose status, review state or anchor state is not one of the set", async () => {
    const { db, row } = await annotationOf();
    for (const data of [
      { ...row, status: UNKNOWN },
      { ...row, status: "sourced" as const, reviewState: UNKNOWN },
      { ...row, status: "sourced" as const, anchorState: UNKNOWN },
    ])
      await expect(db.annotation.create({ data })).rejects.toBeInstanceOf(
        Prisma.PrismaClientValidationError,
      );
    const kept = await db.annotation.create({ data: { ...row, status: "disputed" } });
    await expect(
      db.annotation.update({ where: { id: kept.id }, data: { status: UNKNOWN } }),
    ).rejects.toBeInstanceOf(Prisma.PrismaClientValidationError);
    await expect(
      db.annotation.findUniqueOrThrow({ where: { id: kept.id } }),
    ).resolves.toMatchObject({ status: "disputed", reviewState: "open", anchorState: null });
  });

  it("refuses a role, a verdict or a proposed status that is not one of the set", async () => {
    const { db, author, row } = await annotationOf();
    await expect(
      db.user.update({ where: { id: author.id }, data: { role: UNKNOWN } }),
    ).rejects.toBeInstanceOf(Prisma.PrismaClientValidationError);
    const annotation = await db.annotation.create({ data: { ...row, status: "sourced" } });
    const reviewer = await createTestActor("reviewer");
    const review = { annotationId: annotation.id, reviewerId: reviewer.id };
    for (const data of [
      { ...review, verdict: UNKNOWN },
      { ...review, verdict: "disagree" as const, proposedStatus: UNKNOWN },
    ])
      await expect(db.review.create({ data })).rejects.toBeInstanceOf(
        Prisma.PrismaClientValidationError,
      );
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).role).toBe("reviewer");
  });

  it("stores the values as the same lowercase words as before", async () => {
    const { db, row } = await annotationOf();
    const annotation = await db.annotation.create({
      data: {
        ...row,
        status: "unverified",
        reviewState: "changes_requested",
        anchorState: "moved",
      },
    });
    const [stored] = await db.$queryRaw<
      { status: string; reviewState: string; anchorState: string }[]
    >`
      SELECT "status", "reviewState", "anchorState" FROM "Annotation" WHERE "id" = ${annotation.id}`;
    expect(stored).toEqual({
      status: "unverified",
      reviewState: "changes_requested",
      anchorState: "moved",
    });
  });

  it.runIf(databaseProvider() === "postgresql")(
    "on PostgreSQL the database itself refuses an unknown status from raw SQL",
    async () => {
      const { db, row } = await annotationOf();
      await expect(
        db.$executeRaw`INSERT INTO "Annotation" ("id", "articleId", "authorId", "status", "start", "end", "exact", "updatedAt") VALUES (${randomUUID()}, ${row.articleId}, ${row.authorId}, ${"probably"}, 0, 4, 'Some', ${new Date()})`,
      ).rejects.toThrow(/invalid input value for enum/);
    },
  );
});
