// The raw-driver side of the load test: the same rows an annotation create writes (annotation,
// source, audit event, in one transaction) inserted straight through better-sqlite3 or pg with the
// same 50-writer pattern, and the check that every acknowledged API write is in the database.
import { randomUUID } from "node:crypto";
import { isAbsolute, join } from "node:path";
import { performance } from "node:perf_hooks";
import { root } from "../scripts/lib/run.mjs";
import { loadAnnotation } from "./load-writers.mjs";

/** One connection (SQLite) or a pool of the app's default size (PostgreSQL), with $1-style parameters on both. */
export async function openRaw(url, provider) {
  if (provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const path = url.replace(/^file:/, "").split("?")[0];
    const db = new Database(isAbsolute(path) ? path : join(root, path), { timeout: 5000 });
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    const prepared = new Map();
    const statement = (sql) => {
      if (!prepared.has(sql)) prepared.set(sql, db.prepare(sql.replace(/\$\d+/g, "?")));
      return prepared.get(sql);
    };
    return {
      name: "better-sqlite3 (one connection)",
      all: async (sql, params = []) => statement(sql).all(...params),
      transaction: async (statements) =>
        db.transaction(() =>
          statements.forEach(([sql, params]) => statement(sql).run(...params)),
        )(),
      close: async () => db.close(),
    };
  }
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return {
    name: `pg (pool of ${pool.options.max})`,
    all: async (sql, params = []) => (await pool.query(sql, params)).rows,
    transaction: async (statements) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const [sql, params] of statements) await client.query(sql, params);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => pool.end(),
  };
}

const now = (provider) =>
  provider === "sqlite" ? new Date().toISOString().replace("Z", "+00:00") : new Date();

function insertsFor(provider, { articleId, userId, runId, w, seq, target }) {
  const id = `raw${randomUUID().replaceAll("-", "")}`;
  const input = loadAnnotation(runId, w, seq, target);
  const at = now(provider);
  const statements = [
    [
      `INSERT INTO "Annotation" ("id", "articleId", "authorId", "status", "note", "start", "end", "exact", "prefix", "suffix", "articleVersion", "reviewState", "version", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, 'open', 1, $11, $12)`,
      [
        id,
        articleId,
        userId,
        input.status,
        input.note,
        target.start,
        target.end,
        target.exact,
        "",
        "",
        at,
        at,
      ],
    ],
    ...input.sources.map((s, position) => [
      `INSERT INTO "Source" ("id", "annotationId", "position", "url", "title", "quote") VALUES ($1, $2, $3, $4, $5, $6)`,
      [`raw${randomUUID().replaceAll("-", "")}`, id, position, s.url, s.title, s.quote],
    ]),
    [
      `INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "articleId", "before", "after", "createdAt") VALUES ($1, $2, 'annotation.create', 'annotation', $3, $4, NULL, $5, $6)`,
      [
        `raw${randomUUID().replaceAll("-", "")}`,
        userId,
        id,
        articleId,
        JSON.stringify({ status: input.status, note: input.note, target }),
        at,
      ],
    ],
  ];
  return statements;
}

/** `writers` concurrent loops of one-transaction inserts, for `durationMs` or `maxWrites` in all. */
export async function runRawWriters(
  raw,
  provider,
  { articleId, userId, targets, writers, durationMs, maxWrites, runId },
) {
  const latencies = [];
  let sent = 0;
  let failed = 0;
  const began = performance.now();
  const deadline = began + durationMs;
  async function writer(w) {
    for (let seq = 0; performance.now() < deadline && sent < maxWrites; seq += 1) {
      sent += 1;
      const t = performance.now();
      try {
        await raw.transaction(
          insertsFor(provider, {
            articleId,
            userId,
            runId,
            w,
            seq,
            target: targets[(w * 7919 + seq) % targets.length],
          }),
        );
      } catch {
        failed += 1;
      }
      latencies.push(performance.now() - t);
      // better-sqlite3 is synchronous: yield so the 50 writers interleave as they do against the app.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  return { seconds: (performance.now() - began) / 1000, sent, failed, latencies };
}

/**
 * Every acknowledged write must be in the database with what was sent (status, note, target,
 * sources) and its audit event; and no row of this run may exist that was not acknowledged.
 */
export async function verifyWrites(raw, { articleId, runId, acknowledged }) {
  // The audit count names entityType so that it uses the (entityType, entityId, createdAt) index:
  // without it each count scanned the whole table, minutes once a run writes ten thousand rows.
  const rows = await raw.all(
    `SELECT a."id", a."status", a."note", a."start", a."end", a."exact",
       (SELECT COUNT(*) FROM "Source" s WHERE s."annotationId" = a."id") AS "sources",
       (SELECT COUNT(*) FROM "AuditEvent" e WHERE e."entityType" = 'annotation' AND e."entityId" = a."id" AND e."action" = 'annotation.create') AS "audits"
     FROM "Annotation" a WHERE a."articleId" = $1 AND a."note" LIKE $2`,
    [articleId, `load ${runId} %`],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems = [];
  for (const { id, input } of acknowledged) {
    const row = byId.get(id);
    if (!row) {
      problems.push(`acknowledged ${id} is missing`);
      continue;
    }
    byId.delete(id);
    const same =
      row.status === input.status &&
      row.note === input.note &&
      Number(row.start) === input.target.start &&
      Number(row.end) === input.target.end &&
      row.exact === input.target.exact &&
      Number(row.sources) === input.sources.length &&
      Number(row.audits) === 1;
    if (!same) problems.push(`acknowledged ${id} differs: ${JSON.stringify(row).slice(0, 200)}`);
  }
  for (const id of byId.keys()) problems.push(`unacknowledged row ${id} exists`);
  return { checked: acknowledged.length, rows: rows.length, problems };
}
