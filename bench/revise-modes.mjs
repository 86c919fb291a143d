// `npm run bench -- revise` and `npm run bench -- extract`: issue 9's rows alone, in process, no
// build or browser. The revision runs on a fresh SQLite file, and also on DATABASE_URL when that
// is a PostgreSQL database (the generated Prisma client is regenerated for each provider, and left
// for the last one).
import { cpus } from "node:os";
import { providerOf, removeSqliteFiles } from "../scripts/lib/database.mjs";
import { setupDatabase } from "../scripts/setup-db.mjs";
import { runTsJson } from "./exec.mjs";
import {
  buildExtractNotes,
  buildExtractRows,
  buildReviseNotes,
  buildReviseRows,
} from "./revise-report.mjs";
import { writeResults } from "./results-file.mjs";

const SQLITE_URL = "file:./data/bench-revise.db";

function write(name, title, rows, notes) {
  const cpu = cpus();
  writeResults(
    name,
    `Factmark bench: ${title}`,
    `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; Node ${process.version}; ${new Date().toISOString()}`,
    rows,
    notes,
  );
}

/** The revision rows for the database at `url`, set up (and for SQLite recreated) first. */
async function measureRevision(url, { env, step }) {
  step(`Revision: 50,000 words, 1,000 annotations (${providerOf(url)})`);
  if (providerOf(url) === "sqlite") removeSqliteFiles(url);
  await setupDatabase({ url });
  return runTsJson("bench/revise-bench.ts", [], { env: { ...env, DATABASE_URL: url } });
}

export async function reviseOnly({ given, env, step }) {
  const urls = [SQLITE_URL, ...(given && providerOf(given) === "postgresql" ? [given] : [])];
  const runs = [];
  for (const url of urls) runs.push(await measureRevision(url, { env, step }));
  write(
    "revise.md",
    "revising a long article",
    runs.flatMap(buildReviseRows),
    runs.flatMap(buildReviseNotes),
  );
}

export async function extractOnly({ env, step }) {
  step("Extracting 1 MB pages");
  const extract = await runTsJson("bench/extract-bench.ts", [], { env });
  write(
    "extract.md",
    "extracting large pages",
    buildExtractRows(extract),
    buildExtractNotes(extract),
  );
}
