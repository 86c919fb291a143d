// Seeds the benchmark database (DATABASE_URL): a reviewer account, and the ~20,000-word article
// three times, with 1,000, 5,000 and 10,000 random annotations (the last, with replies, only for
// the large PDF export), and the demo article (the PDF export's workload). Prints one JSON line on stdout
// (article ids, text size, and 50 fresh spans per article for the save test) for bench/run.mjs.
import { describeRange } from "@/lib/anchoring";
import { hashPassword } from "@/lib/auth/password";
import { seedDemo } from "@/lib/data/demo/demo-seed";
import { getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { buildBenchBody, countWords } from "./article-text";
import { randomSpans } from "./spans";

const BENCH_EMAIL = "bench@factmark.bench";
const BENCH_PASSWORD = "bench-password";
const ANNOTATION_COUNTS = [1000, 5000];
/** The large PDF export's workload: measured through the export only, not in the browser. */
const LARGE_PDF_ANNOTATIONS = 10_000;
const SAVES = 50;

/** Notes as reviewers write them: most plain, every third with Markdown (emphasis, a link, a list), which exports must render. */
function benchNote(status: string, i: number): string {
  if (i % 3 !== 0)
    return `Bench note ${status} ${i}: the wording differs from the original report.`;
  return `The **figure** in claim ${i} comes from [the report](https://example.org/report/${i}), not from _the agency_.\n\n- checked against the filing\n- ${status}`;
}

async function main(): Promise<void> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: BENCH_EMAIL },
    create: {
      email: BENCH_EMAIL,
      name: "Bench Reviewer",
      role: "reviewer",
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
    update: {
      role: "reviewer",
      deactivatedAt: null,
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
  });
  await db.teamSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  // A PostgreSQL bench database is not thrown away between runs: start from the same state anyway.
  await db.article.deleteMany({ where: { createdById: user.id } });

  const body = buildBenchBody(readSeedArticle().body);
  const paragraphs = body.split("\n\n").length;
  const articles = [];
  let largePdfArticle: { id: string; annotations: number } | null = null;
  for (const count of [...ANNOTATION_COUNTS, LARGE_PDF_ANNOTATIONS]) {
    const article = await db.article.create({
      data: {
        title: `Bench article: ${countWords(body).toLocaleString("en")} words, ${count.toLocaleString("en")} annotations`,
        outlet: "Factmark bench",
        body,
        createdById: user.id,
      },
    });
    await db.articleRevision.create({
      data: { articleId: article.id, version: 1, title: article.title, body, createdById: user.id },
    });
    const spans = randomSpans(body, count, 1000 + count);
    // createMany in slices: one statement per slice keeps SQLite's bound-parameter count modest.
    for (let i = 0; i < spans.length; i += 500) {
      const created = await db.annotation.createManyAndReturn({
        data: spans.slice(i, i + 500).map(({ status, start, end, exact, prefix, suffix }, j) => ({
          articleId: article.id,
          authorId: user.id,
          status,
          note: benchNote(status, i + j),
          start,
          end,
          exact,
          prefix,
          suffix,
          articleVersion: 1,
        })),
        select: { id: true, status: true },
      });
      // The large PDF is exported with its discussion: two replies on three annotations in four, as in lib/export/fixtures/large-bundle.ts.
      if (count === LARGE_PDF_ANNOTATIONS) {
        await db.reply.createMany({
          data: created.flatMap((a, j) =>
            (i + j) % 4 === 0
              ? []
              : [
                  `I checked claim ${i + j} against the filing and *agree*.`,
                  `Same here for ${i + j}.`,
                ].map((body) => ({ annotationId: a.id, authorId: user.id, body })),
          ),
        });
      }
      // Sourced annotations carry their sources, as they must in the app: exports show them.
      await db.source.createMany({
        data: created.flatMap((a, j) =>
          a.status === "sourced"
            ? [0, 1].slice(0, 1 + ((i + j) % 2)).map((position) => ({
                annotationId: a.id,
                position,
                url: `https://example.org/evidence/${i + j}/${position}`,
                title: `Evidence ${i + j}.${position}`,
                quote: "A quoted passage from the source.",
              }))
            : [],
        ),
      });
    }
    const saveTargets = randomSpans(body, SAVES, 7000 + count, {
      overlapShare: 0,
      maxWords: 8,
    }).map(({ start, end }) => {
      const target = describeRange(body, start, end);
      if (!target) throw new Error("empty save target");
      return { start: target.start, end: target.end, exact: target.exact };
    });
    if (count === LARGE_PDF_ANNOTATIONS) largePdfArticle = { id: article.id, annotations: count };
    else articles.push({ id: article.id, annotations: count, saveTargets });
  }
  // The demo article with its sample annotations, reviews and replies: the PDF export's workload.
  const demo = await seedDemo();
  console.log(
    JSON.stringify({
      email: BENCH_EMAIL,
      password: BENCH_PASSWORD,
      demoArticleId: demo.articleId,
      largePdfArticle,
      words: countWords(body),
      chars: body.length,
      paragraphs,
      articles,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Bench seeding failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
