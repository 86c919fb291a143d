import { describe, expect, it } from "vitest";
import { databaseProvider, getDb } from "./db";

describe("the database connection", () => {
  it.runIf(databaseProvider() === "sqlite")("runs SQLite with WAL, foreign keys and a busy timeout", async () => {
    const db = await getDb();
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [foreignKeys] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(foreignKeys?.foreign_keys)).toBe(1);
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5000);
  });

  it("enforces foreign keys on every provider", async () => {
    const db = await getDb();
    await expect(
      db.annotation.create({ data: { articleId: "missing", authorId: "missing", status: "disputed", start: 0, end: 1, exact: "x" } }),
    ).rejects.toMatchObject({ code: "P2003" });
  });
});
