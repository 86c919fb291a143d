import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { describePostgresSchema, describeSqliteSchema } from "./lib/describe-schema";

const root = join(__dirname, "..");
const prisma = join(root, "node_modules", ".bin", "prisma");

function migrationsOf(provider: string): string[] {
  const dir = join(root, "prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(join(dir, name, "migration.sql"), "utf8"));
}

/** What the schema file says the database should be, as SQL from an empty database. */
function schemaAsSql(provider: string): string {
  return execFileSync(
    prisma,
    [
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      `prisma/${provider}/schema.prisma`,
      "--script",
    ],
    {
      cwd: root,
      // The CLI loads prisma.config.ts, whose adapter follows DATABASE_URL; keep it on the provider diffed.
      env: {
        ...process.env,
        DATABASE_URL: provider === "sqlite" ? "file::memory:" : process.env.DATABASE_URL,
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

describe("database schemas", () => {
  it("the SQLite and PostgreSQL schemas are the ones prisma/models.prisma generates", () => {
    expect(() =>
      execFileSync(process.execPath, ["scripts/prisma-schemas.mjs", "--check"], {
        cwd: root,
        stdio: "pipe",
      }),
    ).not.toThrow();
  });

  it("the SQLite migrations build exactly the schema's database", () => {
    const migrated = new Database(":memory:");
    for (const sql of migrationsOf("sqlite")) migrated.exec(sql);
    const expected = new Database(":memory:");
    expected.exec(schemaAsSql("sqlite"));
    expect(describeSqliteSchema(migrated)).toEqual(describeSqliteSchema(expected));
  });

  it.runIf(process.env.DATABASE_URL?.startsWith("postgres"))(
    "the PostgreSQL migrations build exactly the schema's database",
    async () => {
      const { default: pg } = await import("pg");
      const { recreatePostgresDatabase, dropPostgresDatabase, withDatabaseName, databaseName } =
        await import("./lib/database.mjs");
      const base = process.env.DATABASE_URL!;
      const urls = ["migrated", "expected"].map((kind) =>
        withDatabaseName(base, `${databaseName(base)}_drift_${kind}`),
      );
      const scripts = [migrationsOf("postgresql").join("\n"), schemaAsSql("postgresql")];
      const described = [];
      for (const [i, url] of urls.entries()) {
        await recreatePostgresDatabase(url);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(scripts[i]!);
          described.push(await describePostgresSchema(client));
        } finally {
          await client.end();
          await dropPostgresDatabase(url);
        }
      }
      expect(described[0]).toEqual(described[1]);
    },
  );
});
