// Measures the CPU cost of single Prisma operations on the configured database (a per-call cost
// study for the write load work): typed queries, raw queries, createMany of n rows, transactions.
import { randomUUID } from "node:crypto";
import { getDb } from "../lib/db";
import { Prisma } from "../lib/generated/prisma/client";

async function cost(label: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn();
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(cpu);
  console.error(
    `${label.padEnd(48)} ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU, ${((performance.now() - t) / n).toFixed(3)} ms wall`,
  );
}

async function main() {
  const db = await getDb();
  const user = await db.user.create({
    data: { email: `${randomUUID()}@cost.invalid`, name: "Cost", role: "editor" },
  });
  const article = await db.article.create({
    data: { title: "t", body: "x".repeat(1000), createdById: user.id },
  });
  const token = await db.apiToken.create({
    data: { userId: user.id, name: "c", tokenHash: randomUUID(), prefix: "p" },
  });
  const N = 400;
  await cost("apiToken.findUnique with user", N, () =>
    db.apiToken.findUnique({
      where: { tokenHash: token.tokenHash },
      select: {
        id: true,
        revokedAt: true,
        lastUsedAt: true,
        user: { select: { id: true, email: true, name: true, role: true, deactivatedAt: true } },
      },
    }),
  );
  await cost("article.findFirst (id, version)", N, () =>
    db.article.findFirst({
      where: { id: article.id, archivedAt: null },
      select: { id: true, version: true },
    }),
  );
  await cost(
    "$queryRaw token+user join",
    N,
    () =>
      db.$queryRaw`SELECT t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name", u."role", u."deactivatedAt" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ${token.tokenHash}`,
  );
  await cost(
    "$queryRaw article (id, version)",
    N,
    () =>
      db.$queryRaw`SELECT "id", "version" FROM "Article" WHERE "id" = ${article.id} AND "archivedAt" IS NULL`,
  );
  const row = (i: number) => ({
    id: randomUUID(),
    articleId: article.id,
    authorId: user.id,
    status: "disputed" as const,
    note: `n${i}`,
    start: 0,
    end: 5,
    exact: "xxxxx",
    prefix: "",
    suffix: "",
    articleVersion: 1,
  });
  await cost("annotation.create (interactive tx + audit)", 200, () =>
    db.$transaction(async (tx) => {
      const a = await tx.annotation.create({ data: row(0), select: { id: true } });
      await tx.auditEvent.create({
        data: { actorId: user.id, action: "x", entityType: "annotation", entityId: a.id },
      });
    }),
  );
  for (const n of [1, 10, 50]) {
    await cost(`batch tx: createMany ${n} annotations + ${n} audits`, Math.ceil(400 / n), () => {
      const rows = Array.from({ length: n }, (_, i) => row(i));
      return db.$transaction([
        db.annotation.createMany({ data: rows }),
        db.auditEvent.createMany({
          data: rows.map((r) => ({
            id: randomUUID(),
            actorId: user.id,
            action: "x",
            entityType: "annotation",
            entityId: r.id,
            articleId: article.id,
            after: "{}",
          })),
        }),
      ]);
    });
  }
  for (const n of [1, 10, 50]) {
    await cost(`interactive tx: createMany ${n} + ${n} audits`, Math.ceil(400 / n), () => {
      const rows = Array.from({ length: n }, (_, i) => row(i));
      return db.$transaction(async (tx) => {
        await tx.annotation.createMany({ data: rows });
        await tx.auditEvent.createMany({
          data: rows.map((r) => ({
            id: randomUUID(),
            actorId: user.id,
            action: "x",
            entityType: "annotation",
            entityId: r.id,
            articleId: article.id,
            after: "{}",
          })),
        });
      });
    });
  }

  const cols = Prisma.raw(
    '"id","articleId","authorId","status","note","start","end","exact","prefix","suffix","articleVersion","createdAt","updatedAt"',
  );
  const values = (r: ReturnType<typeof row>, now: Date) =>
    Prisma.sql`(${r.id},${r.articleId},${r.authorId},${r.status},${r.note},${r.start},${r.end},${r.exact},${r.prefix},${r.suffix},${r.articleVersion},${now},${now})`;
  for (const n of [1, 10, 50]) {
    await cost(`raw batch tx: ${n} annotations + ${n} audits`, Math.ceil(400 / n), () => {
      const now = new Date();
      const rows = Array.from({ length: n }, (_, i) => row(i));
      return db.$transaction([
        db.$executeRaw`INSERT INTO "Annotation" (${cols}) VALUES ${Prisma.join(rows.map((r) => values(r, now)))}`,
        db.$executeRaw`INSERT INTO "AuditEvent" ("id","actorId","action","entityType","entityId","articleId","after","createdAt") VALUES ${Prisma.join(rows.map((r) => Prisma.sql`(${randomUUID()},${user.id},${"x"},${"annotation"},${r.id},${article.id},${"{}"},${now})`))}`,
      ]);
    });
  }
  const one = row(0);
  const now = new Date();
  await db.$executeRaw`INSERT INTO "Annotation" (${cols}) VALUES ${values(one, now)}`;
  const back = await db.annotation.findUniqueOrThrow({ where: { id: one.id } });
  console.error(
    "read back",
    back.createdAt.toISOString(),
    now.toISOString(),
    await db.$queryRaw`SELECT "createdAt", "start" FROM "Annotation" WHERE "id" = ${one.id}`,
  );
  console.log("{}");
}
void main().then(() => process.exit(0));
