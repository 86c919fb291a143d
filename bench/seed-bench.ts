// Seeds the benchmark database (DATABASE_URL): a reviewer account, and the ~20,000-word article
// twice, once with 1,000 and once with 5,000 random annotations. Prints one JSON line on stdout
// (article ids, text size, and 50 fresh spans per article for the save test) for bench/run.mjs.
import { describeRange } from "@/lib/anchoring";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { buildBenchBody, countWords } from "./article-text";
import { randomSpans } from "./spans";

const BENCH_EMAIL = "bench@factmark.bench";
const BENCH_PASSWORD = "bench-password";
const ANNOTATION_COUNTS = [1000, 5000];
const SAVES = 50;

async function main(): Promise<void> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: BENCH_EMAIL },
    create: { email: BENCH_EMAIL, name: "Bench Reviewer", role: "reviewer", passwordHash: await hashPassword(BENCH_PASSWORD) },
    update: { role: "reviewer", deactivatedAt: null, passwordHash: await hashPassword(BENCH_PASSWORD) },
  });
  await db.teamSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  // A PostgreSQL bench database is not thrown away between runs: start from the same state anyway.
  await db.article.deleteMany({ where: { createdById: user.id } });

  const body = buildBenchBody(readSeedArticle().body);
  const paragraphs = body.split("\n\n").length;
  const articles = [];
  for (const count of ANNOTATION_COUNTS) {
    const article = await db.article.create({
      data: { title: `Bench article: ${countWords(body).toLocaleString("en")} words, ${count.toLocaleString("en")} annotations`, outlet: "Factmark bench", body, createdById: user.id },
    });
    await db.articleRevision.create({ data: { articleId: article.id, version: 1, title: article.title, body, createdById: user.id } });
    const spans = randomSpans(body, count, 1000 + count);
    // createMany in slices: one statement per slice keeps SQLite's bound-parameter count modest.
    for (let i = 0; i < spans.length; i += 500) {
      await db.annotation.createMany({
        data: spans.slice(i, i + 500).map(({ status, start, end, exact, prefix, suffix }) => ({
          articleId: article.id,
          authorId: user.id,
          status,
          note: `Bench note ${status}`,
          start,
          end,
          exact,
          prefix,
          suffix,
          articleVersion: 1,
        })),
      });
    }
    const saveTargets = randomSpans(body, SAVES, 7000 + count, { overlapShare: 0, maxWords: 8 }).map(({ start, end }) => {
      const target = describeRange(body, start, end);
      if (!target) throw new Error("empty save target");
      return { start: target.start, end: target.end, exact: target.exact };
    });
    articles.push({ id: article.id, annotations: count, saveTargets });
  }
  console.log(JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD, words: countWords(body), chars: body.length, paragraphs, articles }));
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error("Bench seeding failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
