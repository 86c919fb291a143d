// `npm run bench`: measures issue 3's workload and issue 5's exports in one run on this machine, in headless Chromium
// against the production build, and prints one table (also written to bench/results/latest.md).
// `npm run bench -- load [--profile] [--seconds=20] [--writers=50]`: the write load test instead (bench/load.mjs).
// `npm run bench -- exports`: only the exports, the 10,000-annotation PDF among them (bench/results/exports.md).
// `npm run bench -- search`: only the library search rows (bench/search-bench.ts), no build or browser.
// `npm run bench -- anchoring`: only the re-anchoring rows (bench/anchoring-bench.ts), no build or browser.
// `npm run bench -- revise` / `-- extract`: only issue 9's revision or extraction rows (bench/revise-modes.mjs), no build or browser.
// `npm run bench -- articles`: only issue 3's article page rows (1,000 and 5,000 annotations; bench/results/articles.md).
// `npm run bench -- claims`: only the claim suggestions' precision, recall and time (bench/claims-bench.ts; bench/results/claims.md), no build or browser.
// `npm run bench -- long`: only the 200,000-word article with 5,000 annotations (bench/measure-long.mjs; bench/results/long.md).
// BENCH_PORT sets the server's port (default 3200).
// Exits 0 when targets are missed (the table says so) and non-zero when the harness itself fails.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { providerOf, removeSqliteFiles } from "../scripts/lib/database.mjs";
import { root } from "../scripts/lib/run.mjs";
import { setupDatabase } from "../scripts/setup-db.mjs";
import { runTsJson } from "./exec.mjs";
import { measureArticle } from "./measure-article.mjs";
import { measureExports } from "./exports.mjs";
import { buildLongNotes, buildLongRows } from "./long-report.mjs";
import { measureLong } from "./measure-long.mjs";
import { buildClaimsNotes, buildClaimsRows } from "./claims-report.mjs";
import { buildExportNotes, buildExportRows, buildNotes, buildRows, COLUMNS } from "./report.mjs";
import { runLoadBench } from "./load.mjs";
import {
  buildExtractNotes,
  buildExtractRows,
  buildReviseNotes,
  buildReviseRows,
} from "./revise-report.mjs";
import { extractOnly, reviseOnly } from "./revise-modes.mjs";
import { buildSearchNotes, buildSearchRows } from "./search-report.mjs";
import { writeResults } from "./results-file.mjs";
import { ensureBuild, startServer } from "./server.mjs";
import { int, markdownTable } from "./table.mjs";

const PORT = Number(process.env.BENCH_PORT || 3200); // 3000 is the demo's, 3100 the browser tests'
const RUNS = 3;
const given = process.env.DATABASE_URL;
const url = given || "file:./data/bench.db";
const provider = providerOf(url);
const env = {
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
  NEXT_TELEMETRY_DISABLED: "1",
};
const log = (line) => console.log(line);
const step = (name) => console.log(`\n▶ ${name}`);

async function signIn(request, email, password) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  if (response.status() !== 302 || location.includes("error="))
    throw new Error(`sign-in failed (${response.status()} → ${location})`);
}

const cleanups = [];
async function cleanUp() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((error) => console.error(`clean-up: ${error.message}`));
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * The set-up every browser mode shares: a fresh database (unless DATABASE_URL names one), the
 * seeds `seeding` writes, the production build, the server and a browser; cleaned up after `measure`.
 */
async function withServer(seeding, measure) {
  step(`Database (${given ? `DATABASE_URL, ${provider}` : "data/bench.db, SQLite"})`);
  if (provider === "sqlite" && !given) removeSqliteFiles(url);
  await setupDatabase({ url });
  const seeds = await seeding();
  step("Production build");
  log(await ensureBuild(env));
  step(`Serving on port ${PORT}`);
  const server = await startServer({ port: PORT, env });
  cleanups.push(() => server.stop());
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const result = await measure({ seeds, server, browser });
  const chromiumVersion = browser.version();
  await cleanUp();
  return { ...result, chromiumVersion };
}

async function seedArticles() {
  step("Seeding the bench articles");
  const seed = await runTsJson("bench/seed-bench.ts", [], { env });
  log(
    `${seed.words} words, ${seed.chars} characters, ${seed.paragraphs} paragraphs; articles ${seed.articles.map((a) => `${a.id} (${a.annotations})`).join(", ")}`,
  );
  return seed;
}

const browserMachine = (chromiumVersion) => {
  const cpu = cpus();
  return `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium ${chromiumVersion}; database ${provider}; viewport 1280×900; ${new Date().toISOString()}`;
};

/** `npm run bench -- articles`: issue 3's rows alone (the 20,350-word article with 1,000 and 5,000 annotations), written to bench/results/articles.md. */
async function articlesOnly() {
  const { seed, articles, chromiumVersion } = await withServer(
    seedArticles,
    async ({ seeds, server, browser }) => {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 1280, height: 900 },
      });
      await signIn(context.request, seeds.email, seeds.password);
      const measured = [];
      for (const article of seeds.articles) {
        step(`Browser: ${article.annotations} annotations`);
        measured.push(await measureArticle(context, article, { runs: RUNS, log }));
      }
      return { seed: seeds, articles: measured };
    },
  );
  writeResults(
    "articles.md",
    "Factmark bench: the article page",
    browserMachine(chromiumVersion),
    buildRows({ words: seed.words, provider, articles, anchoring: null }),
    buildNotes({ articles, anchoring: null }),
  );
}

/** `npm run bench -- exports`: only the exports (the large PDF among them), without the browser measurements; written to bench/results/exports.md. */
async function exportsOnly() {
  const { seed, exports } = await withServer(seedArticles, async ({ seeds, server, browser }) => {
    const context = await browser.newContext({ baseURL: server.url });
    await signIn(context.request, seeds.email, seeds.password);
    const small = seeds.articles.find((a) => a.annotations === 1000);
    step(
      `Exports: ${small.annotations} annotations; PDF of the demo article and of ${seeds.largePdfArticle.annotations} annotations`,
    );
    return {
      seed: seeds,
      exports: await measureExports(context.request, {
        serverPid: server.pid,
        bigArticle: small,
        demoArticleId: seeds.demoArticleId,
        largePdfArticle: seeds.largePdfArticle,
        log,
      }),
    };
  });
  const cpu = cpus();
  const machine = `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; database ${provider}; ${new Date().toISOString()}`;
  writeResults(
    "exports.md",
    "Factmark bench: exports",
    machine,
    buildExportRows({ words: seed.words, exports }),
    buildExportNotes(exports),
  );
}

async function main() {
  step(`Database (${given ? `DATABASE_URL, ${provider}` : "data/bench.db, SQLite"})`);
  if (provider === "sqlite" && !given) removeSqliteFiles(url);
  await setupDatabase({ url });

  const seed = await seedArticles();
  const longSeed = await seedLong();

  step("Re-anchoring (Node, before the server starts so nothing competes for the CPU)");
  const small = seed.articles.find((a) => a.annotations === 1000);
  const anchoring = await runTsJson("bench/anchoring-bench.ts", [small.id], { env });
  log(
    `ours ${anchoring.ours.medianMs.toFixed(1)} ms, naive ${anchoring.naive.medianMs.toFixed(1)} ms`,
  );

  step("Library search: 2,000 articles of 2,000 words (Node, before the server starts)");
  const search = await runTsJson("bench/search-bench.ts", [], { env });
  log(`${search.samples.length} searches; ${buildSearchRows(search, provider)[0][2]}`);

  step("Revision: 50,000 words, 1,000 annotations (Node, before the server starts)");
  const revise = await runTsJson("bench/revise-bench.ts", [], { env });
  step("Extracting 1 MB pages");
  const extract = await runTsJson("bench/extract-bench.ts", [], { env });
  step("Claim suggestions: the labelled set and a 2,000,000-character article");
  const claims = await runTsJson("bench/claims-bench.ts", [], { env });

  step("Production build");
  log(await ensureBuild(env));

  step(`Serving on port ${PORT}`);
  const server = await startServer({ port: PORT, env });
  cleanups.push(() => server.stop());
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  await signIn(context.request, seed.email, seed.password);

  // Exports first: the server's first PDF is the cold one, and the saves below add annotations.
  step(
    `Exports: ${small.annotations} annotations; PDF of the demo article and of ${seed.largePdfArticle.annotations} annotations`,
  );
  const exports = await measureExports(context.request, {
    serverPid: server.pid,
    bigArticle: small,
    demoArticleId: seed.demoArticleId,
    largePdfArticle: seed.largePdfArticle,
    log,
  });

  const articles = [];
  for (const article of seed.articles) {
    step(`Browser: ${article.annotations} annotations`);
    articles.push(await measureArticle(context, article, { runs: RUNS, log }));
  }
  const long = await measureLongArticle(browser, server, longSeed);
  const chromiumVersion = browser.version();
  await cleanUp();

  const cpu = cpus();
  const machine = [
    `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium ${chromiumVersion} (headless, ${process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium"})`,
    `Database: ${provider}${given ? " (from DATABASE_URL)" : " (data/bench.db, recreated for this run)"}; article ${seed.words.toLocaleString("en")} words / ${seed.chars.toLocaleString("en")} characters / ${seed.paragraphs} paragraphs; viewport 1280×900; ${new Date().toISOString()}`,
  ];
  const table = markdownTable(COLUMNS, [
    ...buildRows({ words: seed.words, provider, articles, anchoring }),
    ...buildLongRows({ words: longSeed.words, long }),
    ...buildExportRows({ words: seed.words, exports }),
    ...buildSearchRows(search, provider),
    ...buildReviseRows(revise),
    ...buildExtractRows(extract),
    ...buildClaimsRows(claims),
  ]);
  const notes = [
    ...buildNotes({ articles, anchoring }),
    ...buildLongNotes(long),
    ...buildExportNotes(exports),
    ...buildSearchNotes(search),
    ...buildReviseNotes(revise),
    ...buildExtractNotes(extract),
    ...buildClaimsNotes(claims),
  ];
  console.log(
    `\n${machine.join("\n")}\n\n${table}\n\nNotes:\n${notes.map((n) => `- ${n}`).join("\n")}`,
  );

  const dir = join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "latest.md"),
    `# Factmark bench\n\n${machine.map((m) => `${m}  `).join("\n")}\n\n${table}\n\n## Notes\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`,
  );
  console.log("\nWritten to bench/results/latest.md");
}

async function seedLong() {
  step("Seeding the long article");
  const seed = await runTsJson("bench/seed-long.ts", [], { env });
  log(
    `${seed.words} words, ${seed.chars} characters, ${seed.paragraphs} paragraphs; article ${seed.article.id} (${seed.article.annotations})`,
  );
  return seed;
}

async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** The long article in a context of its own, signed in as its reviewer. */
async function measureLongArticle(browser, server, seed) {
  step(`Browser: the long article, ${seed.article.annotations} annotations`);
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
  });
  try {
    await signIn(context.request, seed.email, seed.password);
    return await measureLong(context, seed.article, { runs: RUNS, log });
  } finally {
    await context.close();
  }
}

/** `npm run bench -- long`: the long article alone, written to bench/results/long.md. */
async function longOnly() {
  const { seed, long, chromiumVersion } = await withServer(
    seedLong,
    async ({ seeds, server, browser }) => ({
      seed: seeds,
      long: await measureLongArticle(browser, server, seeds),
    }),
  );
  writeResults(
    "long.md",
    "Factmark bench: the long article",
    browserMachine(chromiumVersion),
    buildLongRows({ words: seed.words, long }),
    buildLongNotes(long),
  );
}

/** The search rows alone, written to bench/results/search-<provider>.md (the database is kept between runs: seeding is the slow part). */
async function searchOnly() {
  const searchUrl = given || "file:./data/bench-search.db";
  const searchProvider = providerOf(searchUrl);
  step(`Database (${searchUrl.startsWith("file:") ? searchUrl : searchProvider})`);
  await setupDatabase({ url: searchUrl });
  step("Library search: 2,000 articles of 2,000 words");
  const search = await runTsJson("bench/search-bench.ts", [], {
    env: { ...env, DATABASE_URL: searchUrl },
  });
  const cpu = cpus();
  const machine = `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; Node ${process.version}; database ${searchProvider}; ${new Date().toISOString()}`;
  writeResults(
    `search-${searchProvider}.md`,
    "Factmark bench: library search",
    machine,
    buildSearchRows(search, searchProvider),
    buildSearchNotes(search),
  );
}

/** The claim suggestion rows alone (Node only), written to bench/results/claims.md. */
async function claimsOnly() {
  step("Claim suggestions: the labelled set and a 2,000,000-character article");
  const claims = await runTsJson("bench/claims-bench.ts", [], { env });
  const cpu = cpus();
  writeResults(
    "claims.md",
    "Factmark bench: claim suggestions",
    `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; Node ${process.version}; ${new Date().toISOString()}`,
    buildClaimsRows(claims),
    buildClaimsNotes(claims),
  );
}

/** The re-anchoring rows alone (Node only), written to bench/results/anchoring.md. */
async function anchoringOnly() {
  step(`Database (${given ? `DATABASE_URL, ${provider}` : "data/bench.db, SQLite"})`);
  if (provider === "sqlite" && !given) removeSqliteFiles(url);
  await setupDatabase({ url });
  const seed = await seedArticles();
  step("Re-anchoring");
  const small = seed.articles.find((a) => a.annotations === 1000);
  const anchoring = await runTsJson("bench/anchoring-bench.ts", [small.id], { env });
  const cpu = cpus();
  const machine = `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; Node ${process.version}; article ${int(seed.words)} words / ${int(seed.chars)} characters; ${new Date().toISOString()}`;
  writeResults(
    "anchoring.md",
    "Factmark bench: re-anchoring",
    machine,
    buildRows({ words: seed.words, provider, articles: [], anchoring }),
    buildNotes({ articles: [], anchoring }),
  );
}

try {
  const [section, ...args] = process.argv.slice(2);
  if (section === "load") await runLoadBench(args, { log, step, cleanups });
  else if (section === "exports") await exportsOnly();
  else if (section === "search") await searchOnly();
  else if (section === "anchoring") await anchoringOnly();
  else if (section === "revise") await reviseOnly({ given, env, step });
  else if (section === "extract") await extractOnly({ env, step });
  else if (section === "long") await longOnly();
  else if (section === "articles") await articlesOnly();
  else if (section === "claims") await claimsOnly();
  else if (section === undefined) await main();
  else
    throw new Error(
      `unknown bench section "${section}" (sections: load, exports, search, anchoring, revise, extract, long, articles, claims)`,
    );
} catch (error) {
  console.error(`\n✖ bench failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
