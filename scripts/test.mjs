// `npm test`: every check and test, in the order that fails fastest. With DATABASE_URL unset it
// uses throw-away SQLite files under data/; with a PostgreSQL URL it uses that database for
// the unit tests and a fresh sibling database (<name>_e2e) for the browser tests, dropped at the end.
import { randomBytes } from "node:crypto";
import { buildStamp, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp.mjs";
import {
  databaseName,
  dropPostgresDatabase,
  providerOf,
  recreatePostgresDatabase,
  removeSqliteFiles,
  withDatabaseName,
} from "./lib/database.mjs";
import { bin, run } from "./lib/run.mjs";
import { ensureChromium, ensurePdfToText } from "./ensure-chromium.mjs";
import { setupDatabase } from "./setup-db.mjs";

const given = process.env.DATABASE_URL;
const provider = given ? providerOf(given) : "sqlite";
const unitUrl = given || "file:./data/test-unit.db";
const e2eUrl = !given
  ? "file:./data/test-e2e.db"
  : provider === "sqlite"
    ? given.replace(/(\.db)?$/, "-e2e.db")
    : withDatabaseName(given, `${databaseName(given)}_e2e`);

const step = (name) => console.log(`\n▶ ${name}`);
const baseEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
};

async function main() {
  step("Chromium");
  const chromium = ensureChromium();
  console.log(chromium, ensurePdfToText());

  step(`Databases (${provider})`);
  if (provider === "sqlite") {
    if (!given) removeSqliteFiles(unitUrl);
    removeSqliteFiles(e2eUrl);
  } else {
    await recreatePostgresDatabase(e2eUrl);
  }
  await setupDatabase({ url: unitUrl });
  await run(bin("prisma"), ["migrate", "deploy"], { env: { DATABASE_URL: e2eUrl } });

  if (process.env.FACTMARK_STATIC_CHECKED === "1") {
    // Set by .ci/run for its PostgreSQL pass: format, lint and types do not depend on the
    // database, and its SQLite pass has just checked this same checkout.
    console.log("\n▶ Format, file length, knip, lint and types: checked by the SQLite pass");
  } else {
    step("Format");
    await run(bin("prettier"), ["--check", "--log-level=warn", "."]);
    step("File length (the house rule) and dead code (knip)");
    await run(process.execPath, ["scripts/check-file-length.mjs"]);
    await run(bin("knip"), ["--no-progress", "--no-config-hints"]);
    step("Lint and type check");
    // The two take about as long as each other, one core each.
    await Promise.all([
      run(bin("eslint"), ["--max-warnings=0", "."]),
      run(bin("tsc"), ["--noEmit"]),
    ]);
  }

  step("Unit tests");
  await run(bin("vitest"), ["run"], { env: { ...baseEnv, DATABASE_URL: unitUrl } });

  step("Production build");
  const stamp = buildStamp();
  if (isBuildCurrent(stamp)) console.log("up to date");
  else {
    await run(bin("next"), ["build"], { env: { ...baseEnv, DATABASE_URL: e2eUrl } });
    writeBuildStamp(stamp);
  }

  step("Browser tests");
  await run(bin("playwright"), ["test"], {
    env: { ...baseEnv, DATABASE_URL: e2eUrl, PLAYWRIGHT_CHROMIUM_PATH: chromium },
  });
}

try {
  await main();
  console.log("\n✔ All tests passed");
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exitCode = 1;
} finally {
  if (provider === "postgresql")
    await dropPostgresDatabase(e2eUrl).catch((error) =>
      console.error(`could not drop ${e2eUrl}: ${error.message}`),
    );
}
