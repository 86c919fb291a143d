// `npm run bench -- load`: 50 concurrent API writers creating annotations against the production
// build, first one app process, then two on the same database (round-robin), beside the same
// inserts straight through the raw driver; then every acknowledged write is checked in the
// database. `--profile` also records CPU profiles of 2,000 creates and 300 signed-in page loads.
// Loopback only; every phase is bounded in time and count. Prints one table (also written to
// bench/results/load-<provider>.md) and exits non-zero if the harness fails or a write went missing.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { providerOf, removeSqliteFiles } from "../scripts/lib/database.mjs";
import { root } from "../scripts/lib/run.mjs";
import { setupDatabase } from "../scripts/setup-db.mjs";
import { runTsJson } from "./exec.mjs";
import { openRaw, runRawWriters, verifyWrites } from "./load-raw.mjs";
import { runReaders, runWriters } from "./load-writers.mjs";
import { formatSummary, summarise } from "./profile-summary.mjs";
import { ensureBuild, startServer } from "./server.mjs";
import { percentile } from "./stats.mjs";
import { int, markdownTable, met, ms } from "./table.mjs";

const TARGET_WRITES_PER_SECOND = 200;
const TARGET_P95_MS = 300;

function options(args) {
  const value = (name, fallback) => {
    const arg = args.find((a) => a.startsWith(`--${name}=`));
    return arg ? Number(arg.split("=")[1]) : fallback;
  };
  return {
    writers: value("writers", 50),
    seconds: value("seconds", 20),
    maxWrites: value("max-writes", 20_000),
    profile: args.includes("--profile"),
    port: Number(process.env.BENCH_PORT ?? 3200),
  };
}

async function signInCookie(url, email, password) {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (response.status !== 302 || !session) throw new Error(`sign-in failed (${response.status})`);
  return session.split(";")[0];
}

function latencyRow(label, result, { target = false, serverErrors = null } = {}) {
  const rate = result.sent / result.seconds;
  const p95 = percentile(result.latencies, 95);
  return [
    label,
    int(rate),
    ms(percentile(result.latencies, 50)),
    ms(p95),
    ms(percentile(result.latencies, 99)),
    ms(result.cpuMsPerWrite),
    serverErrors === null ? "—" : int(serverErrors),
    target
      ? met(rate >= TARGET_WRITES_PER_SECOND && p95 < TARGET_P95_MS && serverErrors === 0)
      : "",
  ];
}

/** Runs a phase and adds the servers' CPU time per request sent (the cost that other load on the machine does not inflate). */
async function timedCpu(servers, phase) {
  const cpu = () => servers.reduce((sum, server) => sum + server.cpuSeconds(), 0);
  const before = cpu();
  const result = await phase();
  return { ...result, cpuMsPerWrite: ((cpu() - before) * 1000) / result.sent };
}

/** 5xx answers, and requests that got no answer at all (connection reset or refused). */
const serverErrorsOf = (result) =>
  result.failures.filter((f) => f.status >= 500 || f.status === 0).length;

async function profileServer({ env, port, dir, drive }) {
  mkdirSync(dir, { recursive: true });
  const server = await startServer({
    port,
    env,
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
  });
  try {
    await drive(server.url);
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort()
    .pop();
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  return join(dir, file);
}

export async function runLoadBench(args, { log, step, cleanups }) {
  const opts = options(args);
  const given = process.env.DATABASE_URL;
  const url = given || "file:./data/bench-load.db";
  const provider = providerOf(url);
  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const runId = randomBytes(4).toString("hex");
  const results = join(root, "bench", "results");
  const bounds = {
    writers: opts.writers,
    durationMs: opts.seconds * 1000,
    maxWrites: opts.maxWrites,
  };

  step(`Database (${given ? `DATABASE_URL, ${provider}` : "data/bench-load.db, SQLite"})`);
  if (provider === "sqlite" && !given) removeSqliteFiles(url);
  await setupDatabase({ url });
  const seed = await runTsJson("bench/seed-load.ts", [], { env });

  step("Production build");
  log(await ensureBuild(env));

  const raw = await openRaw(url, provider);
  cleanups.push(() => raw.close());
  step(`Raw driver: ${raw.name}, ${opts.writers} writers, ${opts.seconds} s`);
  const rawCpu = process.cpuUsage();
  const baseline = await runRawWriters(raw, provider, {
    ...bounds,
    articleId: seed.baselineArticleId,
    userId: seed.userId,
    targets: seed.targets,
    runId,
    maxWrites: 50_000,
  });
  const rawCpuUs = process.cpuUsage(rawCpu);
  baseline.cpuMsPerWrite = (rawCpuUs.user + rawCpuUs.system) / 1000 / baseline.sent;
  log(`${int(baseline.sent / baseline.seconds)} writes/s, ${baseline.failed} failed`);

  const acknowledged = [];
  const writeArgs = { token: seed.token, articleId: seed.articleId, targets: seed.targets, runId };
  const profiles = [];
  if (opts.profile) {
    step("CPU profile: 2,000 annotation creates (50 writers), after 200 to warm up");
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const createDir = join(results, "profiles", `${stamp}-create`);
    const createProfile = await profileServer({
      env,
      port: opts.port,
      dir: createDir,
      drive: async (serverUrl) => {
        const warm = await runWriters({
          ...writeArgs,
          urls: [serverUrl],
          writers: 10,
          durationMs: 60_000,
          maxWrites: 200,
        });
        const run = await runWriters({
          ...writeArgs,
          urls: [serverUrl],
          writers: opts.writers,
          durationMs: 120_000,
          maxWrites: 2000,
        });
        acknowledged.push(...warm.acknowledged, ...run.acknowledged);
        log(`${run.sent} creates in ${run.seconds.toFixed(1)} s`);
      },
    });
    profiles.push({ name: "annotation create", file: createProfile, requests: 2200 });
    step("CPU profile: 300 signed-in loads of the article page (4 at a time), after 20 to warm up");
    const pageProfile = await profileServer({
      env,
      port: opts.port,
      dir: join(results, "profiles", `${stamp}-page`),
      drive: async (serverUrl) => {
        const cookie = await signInCookie(serverUrl, seed.email, seed.password);
        const page = { url: serverUrl, path: `/articles/${seed.articleId}`, headers: { cookie } };
        await runReaders({ ...page, count: 20, concurrency: 2 });
        const run = await runReaders({ ...page, count: 300, concurrency: 4 });
        log(`statuses ${JSON.stringify(run.statuses)}; p50 ${ms(percentile(run.latencies, 50))}`);
      },
    });
    profiles.push({ name: "article page (signed in)", file: pageProfile, requests: 320 });
    for (const profile of profiles)
      log(
        `\n${profile.name}: ${profile.file}\n${formatSummary(summarise(JSON.parse(readFileSync(profile.file, "utf8"))), { requests: profile.requests, top: 15 })}`,
      );
  }

  step(`One app process on port ${opts.port}`);
  const first = await startServer({ port: opts.port, env });
  cleanups.push(() => first.stop());
  const warm = await runWriters({
    ...writeArgs,
    urls: [first.url],
    writers: 10,
    durationMs: 30_000,
    maxWrites: 200,
  });
  acknowledged.push(...warm.acknowledged);
  const one = await timedCpu([first], () =>
    runWriters({ ...writeArgs, ...bounds, urls: [first.url] }),
  );
  acknowledged.push(...one.acknowledged);
  log(
    `${int(one.sent / one.seconds)} writes/s, p95 ${ms(percentile(one.latencies, 95))}, server CPU ${ms(one.cpuMsPerWrite)} per write, ${one.failures.length} not 201`,
  );

  step(`Two app processes on ports ${opts.port} and ${opts.port + 1}, writers round-robin`);
  const second = await startServer({ port: opts.port + 1, env });
  cleanups.push(() => second.stop());
  const warmSecond = await runWriters({
    ...writeArgs,
    urls: [second.url],
    writers: 10,
    durationMs: 30_000,
    maxWrites: 200,
  });
  acknowledged.push(...warmSecond.acknowledged);
  const two = await timedCpu([first, second], () =>
    runWriters({ ...writeArgs, ...bounds, urls: [first.url, second.url] }),
  );
  acknowledged.push(...two.acknowledged);
  log(
    `${int(two.sent / two.seconds)} writes/s, p95 ${ms(percentile(two.latencies, 95))}, server CPU ${ms(two.cpuMsPerWrite)} per write, ${two.failures.length} not 201`,
  );
  // What the servers logged about answers that were not 201 (their errors go to stderr).
  const serverLog = [...first.log, ...second.log]
    .filter((line) => /error|prisma|P\d{4}/i.test(line))
    .slice(-8);
  await second.stop();
  await first.stop();

  step("Checking every acknowledged write in the database");
  const verified = await verifyWrites(raw, { articleId: seed.articleId, runId, acknowledged });
  log(
    `${verified.checked} acknowledged, ${verified.rows} rows of this run, ${verified.problems.length} problems`,
  );

  const failures = [...warm.failures, ...one.failures, ...warmSecond.failures, ...two.failures];
  const cpu = cpus();
  const machine = [
    `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${new Date().toISOString()}`,
    `Database: ${provider}${given ? " (from DATABASE_URL)" : " (data/bench-load.db, recreated for this run)"}; ${opts.writers} concurrent writers, ${opts.seconds} s per phase (at most ${int(opts.maxWrites)} writes); each write: POST /api/articles/:id/annotations with a Bearer token on a ~20,000-word article (a third of them sourced, with one source)`,
  ];
  const columns = [
    "writes (one annotation, its source, its audit event)",
    "writes/s",
    "p50",
    "p95",
    "p99",
    "CPU per write",
    "5xx or no answer",
    `target ≥ ${TARGET_WRITES_PER_SECOND}/s, p95 < ${TARGET_P95_MS} ms`,
  ];
  const table = markdownTable(columns, [
    latencyRow(`raw driver, ${raw.name}`, baseline, { serverErrors: null }),
    latencyRow("app, one process", one, {
      target: provider === "sqlite",
      serverErrors: serverErrorsOf(one),
    }),
    latencyRow("app, two processes (same database)", two, { serverErrors: serverErrorsOf(two) }),
  ]);
  const notes = [
    `Verified: ${int(verified.checked)} acknowledged (201) writes, each present with its status, note, target, sources and audit event; ${int(Math.max(0, verified.rows - verified.checked + verified.problems.filter((p) => p.includes("missing")).length))} rows that were not acknowledged; ${verified.problems.length} problems${verified.problems.length ? `: ${verified.problems.slice(0, 5).join("; ")}` : ""}.`,
    `CPU per write: the server processes' user + system CPU time (from /proc) over the phase, divided by the writes sent; for the raw driver, the bench process's own. Unlike throughput it does not depend much on what else the machine runs (load average ${loadavg()[0].toFixed(1)} at the end).`,
    `Not 201: ${failures.length}${failures.length ? ` (${[...new Set(failures.map((f) => f.status))].join(", ")}; first: ${failures[0].text})` : ""}. Warm-up writes (200 per process) are checked too but not timed.`,
    `Two processes against ${provider === "sqlite" ? "one SQLite file (WAL; writers serialise on its lock, busy timeout 5 s)" : "one PostgreSQL database (a pool of 10 connections per process)"}: ${(two.sent / two.seconds / (one.sent / one.seconds)).toFixed(2)}× the one-process throughput.`,
    ...(serverLog.length
      ? [
          `Server log around the failures: ${serverLog.map((l) => l.trim().slice(0, 300)).join(" / ")}`,
        ]
      : []),
    ...profiles.map(
      (p) =>
        `CPU profile of the ${p.name}: ${p.file.replace(`${root}/`, "")} (summary: node bench/profile-summary.mjs <file> ${p.requests}).`,
    ),
  ];
  const text = `${machine.join("\n")}\n\n${table}\n\nNotes:\n${notes.map((n) => `- ${n}`).join("\n")}`;
  console.log(`\n${text}`);
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, `load-${provider}.md`),
    `# Factmark load bench\n\n${machine.map((m) => `${m}  `).join("\n")}\n\n${table}\n\n## Notes\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`,
  );
  console.log(`\nWritten to bench/results/load-${provider}.md`);
  if (verified.problems.length > 0)
    throw new Error(
      `${verified.problems.length} acknowledged writes are missing or differ, or unacknowledged rows exist`,
    );
}
