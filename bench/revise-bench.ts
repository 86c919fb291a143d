// Revising a long article (issue 9): a 50,000-word article with 1,000 annotations by a reviewer,
// revised by an editor with 5% of its words edited and a paragraph moved. Times the data layer's
// save end to end on the database of DATABASE_URL (updateArticle: the transaction, re-anchoring
// and every write), beside the naive one-at-a-time save (bench/naive-revise.ts), each on a fresh
// copy of the article; then reading the article afterwards, checking that the read searched for
// no annotation. Prints one JSON line for bench/run.mjs.
import { anchorAll } from "@/lib/anchoring";
import { reanchorTargets } from "@/lib/anchoring/reanchor";
import { reanchorRevision } from "@/lib/anchoring/reanchor-revision";
import { listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { loadArticleForReading } from "@/lib/data/annotations/reader-annotations";
import { updateArticle } from "@/lib/data/articles/update-article";
import { databaseProvider, getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import type { Actor } from "@/lib/permissions/roles";
import { buildBenchBody, countWords } from "./article-text";
import { editText } from "./edit-text";
import { reviseOneByOne } from "./naive-revise";
import { randomSpans } from "./spans";

const WORDS = 50_000;
const ANNOTATIONS = 1000;
const EDIT_SHARE = 0.05;
const RUNS = 3;
const READS = 5;
const EDITOR = "revise-bench-editor@factmark.bench";
const AUTHOR = "revise-bench-author@factmark.bench";

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** The edited text with one paragraph cut and pasted ten paragraphs further on. */
function revise(body: string): { body: string; editedShare: number } {
  const edited = editText(body, EDIT_SHARE, 909);
  const paragraphs = edited.body.split("\n\n");
  const [moved] = paragraphs.splice(20, 1);
  paragraphs.splice(30, 0, moved!);
  return { body: paragraphs.join("\n\n"), editedShare: edited.editedShare };
}

async function actors(): Promise<{ editor: Actor; author: Actor }> {
  const db = await getDb();
  const [editor, author] = await Promise.all(
    [
      { email: EDITOR, name: "Revise Bench Editor", role: "editor" as const },
      { email: AUTHOR, name: "Revise Bench Author", role: "reviewer" as const },
    ].map(async (u) => {
      const user = await db.user.upsert({
        where: { email: u.email },
        create: u,
        update: { role: u.role, deactivatedAt: null },
      });
      return { id: user.id, email: user.email, name: user.name, role: u.role };
    }),
  );
  return { editor: editor!, author: author! };
}

/** A fresh copy of the article with its annotations, as the author made them on version 1. */
async function seedArticle(
  author: Actor,
  editor: Actor,
  body: string,
  label: string,
): Promise<string> {
  const db = await getDb();
  const article = await db.article.create({
    data: {
      title: `Revise bench (${label})`,
      outlet: "Factmark bench",
      body,
      createdById: editor.id,
    },
  });
  await db.articleRevision.create({
    data: { articleId: article.id, version: 1, title: article.title, body, createdById: editor.id },
  });
  const spans = randomSpans(body, ANNOTATIONS, 5150);
  for (let i = 0; i < spans.length; i += 500) {
    await db.annotation.createMany({
      data: spans.slice(i, i + 500).map(({ status, start, end, exact, prefix, suffix }) => ({
        articleId: article.id,
        authorId: author.id,
        status,
        note: "",
        start,
        end,
        exact,
        prefix,
        suffix,
        articleVersion: 1,
      })),
    });
  }
  return article.id;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - began, cpuMs: (used.user + used.system) / 1000, result };
}

/** Reads the article as the reading page and the API do, and counts annotations whose place was not simply checked where it is stored. */
async function readAfterwards(actor: Actor, articleId: string) {
  const page = [];
  for (let i = 0; i < READS; i += 1)
    page.push((await timed(() => loadArticleForReading(actor, articleId))).ms);
  const api = (await timed(() => listAnnotationsForArticle(actor, articleId))).ms;
  const db = await getDb();
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true },
  });
  const rows = await db.annotation.findMany({
    where: { articleId, deletedAt: null, NOT: { anchorState: "orphaned" } },
    select: { start: true, end: true, exact: true, prefix: true, suffix: true },
  });
  // "position" is the O(quote length) check at the stored offsets; anything else means a search.
  const searched = anchorAll(article.body, rows).filter(
    (anchor) => anchor === null || anchor.method !== "position",
  ).length;
  return { pageMs: page, pageMedianMs: median(page), apiMs: api, placed: rows.length, searched };
}

async function main(): Promise<void> {
  const { editor, author } = await actors();
  const db = await getDb();
  await db.article.deleteMany({ where: { createdById: editor.id } });
  const body = buildBenchBody(readSeedArticle().body, 50_000, WORDS);
  const revision = revise(body);
  const ours: { ms: number; cpuMs: number }[] = [];
  const naive: { ms: number; cpuMs: number }[] = [];
  let report: Record<string, number> = {};
  let naiveReport: Record<string, number> = {};
  let read: Awaited<ReturnType<typeof readAfterwards>> | null = null;
  const counts = (r: {
    exact: unknown[];
    moved: unknown[];
    changed: unknown[];
    orphaned: unknown[];
  }) => ({
    exact: r.exact.length,
    moved: r.moved.length,
    changed: r.changed.length,
    orphaned: r.orphaned.length,
  });
  // Alternating, so load from other work on the machine falls on both sides alike.
  for (let run = 0; run < RUNS; run += 1) {
    const ourId = await seedArticle(author, editor, body, `ours ${run}`);
    const saved = await timed(() =>
      updateArticle(editor, ourId, { version: 1, body: revision.body }),
    );
    ours.push({ ms: saved.ms, cpuMs: saved.cpuMs });
    report = counts(saved.result.reanchoring!);
    if (run === 0) read = await readAfterwards(editor, ourId);
    const naiveId = await seedArticle(author, editor, body, `naive ${run}`);
    const baseline = await timed(() => reviseOneByOne(editor, naiveId, revision.body));
    naive.push({ ms: baseline.ms, cpuMs: baseline.cpuMs });
    naiveReport = counts(baseline.result);
  }
  // The anchoring alone, without the database: the share of the save that is CPU in this process.
  const spans = randomSpans(body, ANNOTATIONS, 5150);
  const alignMs = (
    await timed(async () =>
      reanchorRevision(
        body,
        revision.body,
        spans.map((s) => ({ ...s, onPrevious: true })),
      ),
    )
  ).ms;
  const searchMs = (await timed(async () => reanchorTargets(revision.body, spans))).ms;
  await db.article.deleteMany({ where: { createdById: editor.id } });
  console.log(
    JSON.stringify({
      provider: databaseProvider(),
      words: countWords(body),
      chars: body.length,
      annotations: ANNOTATIONS,
      editedShare: revision.editedShare,
      ours: { runs: ours, medianMs: median(ours.map((r) => r.ms)), report },
      naive: { runs: naive, medianMs: median(naive.map((r) => r.ms)), report: naiveReport },
      anchoringOnly: { inOrderMs: alignMs, searchedMs: searchMs },
      read,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Revise bench failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
