import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "./lib/backup.mjs";
import {
  dropPostgresDatabase,
  recreatePostgresDatabase,
  withDatabaseName,
} from "./lib/database.mjs";

// The unit tests' database (migrated by setup-db) is the model: each test works on a copy of it.
const given = process.env.DATABASE_URL ?? "file:./data/test-unit.db";
const dir = mkdtempSync(join(tmpdir(), "factmark-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = promisify(execFile);
const cli = (script: string, args: string[], url: string) =>
  run(process.execPath, [join("scripts", script), ...args], {
    env: { ...process.env, DATABASE_URL: url },
  });

type Db = {
  exec(sql: string, params: string[]): Promise<void>;
  emails(): Promise<string[]>;
  close(): Promise<void>;
};

const addUser = (db: Db, email: string) =>
  db.exec(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt") VALUES ($1, $2, 'Backup test', 'viewer', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
    [`u-${email}`, email],
  );

/** Backs up, changes the database, restores, and expects the state of the backup. */
async function roundTrip(url: string, open: () => Promise<Db>, extension: string) {
  const db = await open();
  try {
    await addUser(db, "kept@backup.test");
    const file = join(dir, `first.${extension}`);
    const { stdout } = await cli("backup.mjs", [file], url);
    expect(stdout).toContain(file);

    await db.exec(`DELETE FROM "User" WHERE "email" = $1`, ["kept@backup.test"]);
    await addUser(db, "after@backup.test");
    expect(await db.emails()).toEqual(["after@backup.test"]);

    // Refused without --yes: nothing changes.
    await expect(cli("restore.mjs", [file], url)).rejects.toMatchObject({ code: 2 });
    expect(await db.emails()).toEqual(["after@backup.test"]);

    await cli("restore.mjs", [file, "--yes"], url);
    expect(await db.emails()).toEqual(["kept@backup.test"]);
  } finally {
    await db.close();
  }
}

describe.runIf(given.startsWith("file:"))("backup and restore on SQLite", () => {
  const url = `file:${join(dir, "live.db")}`;

  it("backs up, changes, restores and sees the old state, with a connection held open throughout", async () => {
    await backupDatabase({ url: given, file: join(dir, "live.db") });
    // The app's connection stays open (WAL mode, as the app runs): the backup and the restore go through it.
    await roundTrip(
      url,
      async () => {
        const db = new Database(join(dir, "live.db"));
        db.pragma("journal_mode = WAL");
        const sql = (text: string) => text.replace(/\$\d/g, "?");
        return {
          exec: async (text, params) => void db.prepare(sql(text)).run(...params),
          emails: async () =>
            db
              .prepare(`SELECT "email" FROM "User" WHERE "email" LIKE '%@backup.test'`)
              .pluck()
              .all() as string[],
          close: async () => void db.close(),
        };
      },
      "db",
    );
  });

  it("refuses a file that is not a Factmark backup, leaving the database as it was", async () => {
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "not a database");
    await expect(restoreDatabase({ url, file: junk })).rejects.toThrow(
      /not a SQLite database|damaged/,
    );
    const empty = join(dir, "empty.db");
    new Database(empty).close();
    await expect(restoreDatabase({ url, file: empty })).rejects.toThrow(/not a Factmark database/);
    await expect(restoreDatabase({ url, file: join(dir, "missing.db") })).rejects.toThrow(
      /No backup/,
    );
  });
});

describe.runIf(/^postgres(ql)?:/.test(given))("backup and restore on PostgreSQL", () => {
  const url = withDatabaseName(given, `factmark_sec_backup_${process.pid}`);
  afterAll(() => dropPostgresDatabase(url));

  it("backs up, changes, restores and sees the old state", async () => {
    // A copy of the unit tests' database, made with the same tools.
    const model = join(dir, "model.pgdump");
    await backupDatabase({ url: given, file: model });
    await recreatePostgresDatabase(url);
    await restoreDatabase({ url, file: model });
    await roundTrip(
      url,
      async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return {
          exec: async (text, params) => void (await client.query(text, params)),
          emails: async () =>
            (
              await client.query(`SELECT "email" FROM "User" WHERE "email" LIKE '%@backup.test'`)
            ).rows.map((row: { email: string }) => row.email),
          close: () => client.end(),
        };
      },
      "pgdump",
    );
  });
});
