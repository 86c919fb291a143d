// `npm run demo`: prepares and seeds the demo database, builds the app when its sources
// changed, and serves it on PORT (default 3000). `npm run demo -- --reset` starts the demo
// database afresh. The demo database is separate from the default production one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildStamp, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp.mjs";
import { providerOf, removeSqliteFiles } from "./lib/database.mjs";
import { bin, root, run, runTs } from "./lib/run.mjs";
import { setupDatabase } from "./setup-db.mjs";

const url = process.env.DATABASE_URL || "file:./data/demo.db";
const provider = providerOf(url);
const port = process.env.PORT || "3000";

function demoAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // Kept between runs so demo sign-ins survive a restart; never used outside the demo.
  const file = join(root, "data", "demo-auth-secret");
  if (!existsSync(file)) {
    mkdirSync(join(root, "data"), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const env = { DATABASE_URL: url, AUTH_SECRET: demoAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" };

if (process.argv.includes("--reset")) {
  if (provider !== "sqlite")
    throw new Error(
      "--reset only removes the SQLite demo file; drop a PostgreSQL database yourself",
    );
  removeSqliteFiles(url);
  console.log("Removed the demo database.");
}

await setupDatabase({ url });
await runTs("scripts/seed-demo.ts", [], { env });

const stamp = buildStamp();
if (isBuildCurrent(stamp)) {
  console.log("The production build is up to date.");
} else {
  await run(bin("next"), ["build"], { env });
  writeBuildStamp(stamp);
}

console.log(`
Factmark demo: http://localhost:${port}
Sign in with any of these (password: demo-password):
  admin@demo.test   admin       editor@demo.test  editor
  alice@demo.test   reviewer    bob@demo.test     reviewer
  viewer@demo.test  viewer
`);
await run(process.execPath, ["scripts/serve.mjs", "-p", port], { env });
