// Prepares the database named by DATABASE_URL (SQLite file by default): writes the
// per-provider schemas, generates the Prisma clients of both providers (lib/db.ts picks one at
// run time) and applies that database's migrations. `--generate-only` skips the migrations.
import { PROVIDERS, schemaPath } from "./prisma-schemas.mjs";
import { bin, run } from "./lib/run.mjs";

/** `prisma generate` validates the datasource url's scheme, though it never connects. */
const PLACEHOLDER_URL = {
  sqlite: "file:./data/factmark.db",
  postgresql: "postgresql://localhost/unused",
};

const DEFAULT_SQLITE_URL = "file:./data/factmark.db";

export async function setupDatabase({
  url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
  migrate = true,
} = {}) {
  const env = { DATABASE_URL: url };
  await run(process.execPath, ["scripts/prisma-schemas.mjs"], { env });
  for (const provider of PROVIDERS) {
    await run(bin("prisma"), ["generate", "--schema", schemaPath(provider)], {
      env: { DATABASE_URL: PLACEHOLDER_URL[provider] },
    });
  }
  if (migrate) await run(bin("prisma"), ["migrate", "deploy"], { env });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase({ migrate: !process.argv.includes("--generate-only") }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
