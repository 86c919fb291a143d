// Prepares the database named by DATABASE_URL (SQLite file by default): writes the
// per-provider schemas, generates the Prisma client for that provider and applies migrations.
// `--generate-only` skips the migrations (for builds).
import { bin, run } from "./lib/run.mjs";

const DEFAULT_SQLITE_URL = "file:./data/factmark.db";

export async function setupDatabase({
  url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
  migrate = true,
} = {}) {
  const env = { DATABASE_URL: url };
  await run(process.execPath, ["scripts/prisma-schemas.mjs"], { env });
  await run(bin("prisma"), ["generate"], { env });
  if (migrate) await run(bin("prisma"), ["migrate", "deploy"], { env });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase({ migrate: !process.argv.includes("--generate-only") }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
