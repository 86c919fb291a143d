import { describe, expect, it } from "vitest";
import { databaseProvider, getDb } from "./db";

describe("the database connection", () => {
  it.runIf(databaseProvider() === "sqlite")(
    "runs SQLite with WAL, foreign keys and a busy timeout",
    async () => {
      const db = await getDb();
      const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [foreignKeys] =
        await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
      const [timeout] =
        await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(journal?.journal_mode).toBe("wal");
      expect(Number(foreignKeys?.foreign_keys)).toBe(1);
      expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5000);
    },
  );

  it("enforces foreign keys on every provider", async () => {
    const db = await getDb();
    await expect(
      db.annotation.create({
        data: {
          articleId: "missing",
          authorId: "missing",
          status: "disputed",
          start: 0,
          end: 1,
          exact: "x",
        },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
  });

  it("queues a transaction behind busy ones for longer than Prisma's 2 s default instead of failing it", async () => {
    const db = await getDb();
    // Enough transactions to occupy every connection (SQLite has one, the pool ten) and one more.
    const holders =
      databaseProvider() === "sqlite" ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
    const hold = () =>
      db.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        await new Promise((resolve) => setTimeout(resolve, 2500));
      });
    const results = await Promise.allSettled([...Array.from({ length: holders }, hold), hold()]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
  });
});
