// Seeds the load test (DATABASE_URL): a reviewer with a password and a personal API token, and two
// fresh copies of the ~20,000-word bench article with no annotations yet (the app's and the raw baseline's). Prints one JSON line on
// stdout (the token, the article ids, the reviewer's credentials and spans to annotate) for bench/load.mjs.
import { describeRange } from "@/lib/anchoring";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/data/people/api-tokens";
import { getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { toActor } from "@/lib/data/people/users";
import { buildBenchBody } from "./article-text";
import { randomSpans } from "./spans";

const LOAD_EMAIL = "load@factmark.bench";
const LOAD_PASSWORD = "load-password";
const TARGETS = 500;

async function main(): Promise<void> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: LOAD_EMAIL },
    create: {
      email: LOAD_EMAIL,
      name: "Load Reviewer",
      role: "reviewer",
      passwordHash: await hashPassword(LOAD_PASSWORD),
    },
    update: {
      role: "reviewer",
      deactivatedAt: null,
      passwordHash: await hashPassword(LOAD_PASSWORD),
    },
  });
  await db.teamSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  // A PostgreSQL database is not thrown away between runs: start from the same state anyway.
  await db.article.deleteMany({ where: { createdById: user.id } });
  await db.apiToken.updateMany({
    where: { userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const actor = toActor(user);
  if (!actor) throw new Error("the load reviewer must be active");
  const { token } = await createApiToken(actor, "load bench");

  const body = buildBenchBody(readSeedArticle().body);
  const article = await db.article.create({
    data: { title: "Load bench article", outlet: "Factmark bench", body, createdById: user.id },
  });
  await db.articleRevision.create({
    data: { articleId: article.id, version: 1, title: article.title, body, createdById: user.id },
  });
  // The raw-driver baseline writes to an article of its own, so the app's article holds only API writes.
  const baseline = await db.article.create({
    data: {
      title: "Load bench baseline article",
      outlet: "Factmark bench",
      body,
      createdById: user.id,
    },
  });
  const targets = randomSpans(body, TARGETS, 4242, { overlapShare: 0.3, maxWords: 12 }).map(
    ({ start, end }) => {
      const target = describeRange(body, start, end);
      if (!target) throw new Error("empty load target");
      return { start: target.start, end: target.end, exact: target.exact };
    },
  );
  console.log(
    JSON.stringify({
      email: LOAD_EMAIL,
      password: LOAD_PASSWORD,
      token,
      userId: user.id,
      articleId: article.id,
      baselineArticleId: baseline.id,
      targets,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Load seeding failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
