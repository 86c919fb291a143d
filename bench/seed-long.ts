// Seeds issue 9's workload into the benchmark database (DATABASE_URL): a ~200,000-word article
// (the bench article's varied copies of the demo story, ten times as many) with 5,000 random
// annotations, for the bench reviewer. Prints one JSON line for bench/long.mjs.
import { hashPassword } from "@/lib/auth/password";
import { MAX_ARTICLE_BODY_CHARS } from "@/lib/article-content/limits";
import { getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { buildBenchBody, countWords } from "./article-text";
import { randomSpans } from "./spans";

const EMAIL = "bench-long@factmark.bench";
const PASSWORD = "bench-password";
const LONG_WORDS = 200_000;
const ANNOTATIONS = 5_000;

async function main(): Promise<void> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: EMAIL },
    create: {
      email: EMAIL,
      name: "Bench Long Reader",
      role: "reviewer",
      passwordHash: await hashPassword(PASSWORD),
    },
    update: { role: "reviewer", deactivatedAt: null, passwordHash: await hashPassword(PASSWORD) },
  });
  await db.teamSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await db.article.deleteMany({ where: { createdById: user.id } });

  const body = buildBenchBody(readSeedArticle().body, 200_000, LONG_WORDS);
  if (body.length > MAX_ARTICLE_BODY_CHARS)
    throw new Error(`the long article (${body.length} characters) is over the limit`);
  const title = `Bench article: ${countWords(body).toLocaleString("en")} words, ${ANNOTATIONS.toLocaleString("en")} annotations`;
  const article = await db.article.create({
    data: { title, outlet: "Factmark bench", body, createdById: user.id },
  });
  await db.articleRevision.create({
    data: { articleId: article.id, version: 1, title, body, createdById: user.id },
  });
  const spans = randomSpans(body, ANNOTATIONS, 9000);
  for (let i = 0; i < spans.length; i += 500) {
    const created = await db.annotation.createManyAndReturn({
      data: spans.slice(i, i + 500).map(({ status, start, end, exact, prefix, suffix }, j) => ({
        articleId: article.id,
        authorId: user.id,
        status,
        note: `Long bench note ${i + j}.`,
        start,
        end,
        exact,
        prefix,
        suffix,
        articleVersion: 1,
      })),
      select: { id: true, status: true },
    });
    // Sourced annotations carry a source, as they must in the app.
    await db.source.createMany({
      data: created.flatMap((a, j) =>
        a.status === "sourced"
          ? [
              {
                annotationId: a.id,
                position: 0,
                url: `https://example.org/evidence/${i + j}`,
                title: `Evidence ${i + j}`,
              },
            ]
          : [],
      ),
    });
  }
  console.log(
    JSON.stringify({
      email: EMAIL,
      password: PASSWORD,
      article: { id: article.id, annotations: ANNOTATIONS },
      words: countWords(body),
      chars: body.length,
      paragraphs: body.split("\n\n").length,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Long bench seeding failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
