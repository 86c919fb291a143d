import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { providerOf, resolveDatabaseUrl, sqliteFilePath } from "./lib/database-url";

const url = resolveDatabaseUrl();
const provider = providerOf(url);
// The schema reads env("DATABASE_URL"); give it the default too, so an unset variable means SQLite.
process.env.DATABASE_URL = url;

/**
 * prisma/orm#27403: through @prisma/adapter-pg, `migrate deploy` fails with
 * "Column type 'name' could not be deserialized" because the adapter has no mapping
 * for PostgreSQL's internal `name` type (OID 19). Reporting those columns as text (OID 25)
 * fixes it. This runs only in the Prisma CLI's process; the app never loads this file.
 */
function reportNameColumnsAsText(): void {
  const query = pg.Pool.prototype.query as (...args: unknown[]) => Promise<pg.QueryResult>;
  if ((query as { patched?: boolean }).patched) return;
  const patched = async function (this: pg.Pool, ...args: unknown[]) {
    const result = await query.apply(this, args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
  (patched as { patched?: boolean }).patched = true;
  pg.Pool.prototype.query = patched as typeof pg.Pool.prototype.query;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: async () => {
    if (provider === "sqlite") {
      const file = sqliteFilePath(url);
      if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
      return new PrismaBetterSQLite3({ url: `file:${file}` });
    }
    reportNameColumnsAsText();
    // A short idle timeout lets the CLI exit as soon as it is done instead of after pg's default 10 s.
    return new PrismaPg({ connectionString: url, idleTimeoutMillis: 500 });
  },
});
