// The library search workload: 2,000 articles of 2,000 words (seeded once per database, by their
// own account, beside the other bench articles), then searchArticles timed in this process for a
// mix of queries: a word in nearly every article, a middling one, a rare one, two words, a phrase,
// a query with filters, and a later page. Prints one JSON line (every sample in ms) for bench/run.mjs.
import { databaseProvider, getDb } from "@/lib/db";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { searchArticles } from "@/lib/data/articles/search-articles";
import { createRandom, pick } from "@/lib/testing/seeded-random";
import { countWords, vocabularyOf } from "./article-text";

const ARTICLES = 2000;
const WORDS = 2000;
const RUNS_PER_QUERY = 30;
const EMAIL = "search-bench@factmark.bench";
const OUTLETS = ["Harbour Times", "Metro Wire", "Valley Post", "Coastal Daily", "Capital Ledger"];

/** Sentences drawn from the demo article's vocabulary, skewed so some words are everywhere and most are rare, as in prose. */
function articleBody(random: () => number, vocabulary: readonly string[], index: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const sentences: string[] = [];
    for (let s = 0; s < 5 && words < WORDS; s += 1) {
      const length = 8 + Math.floor(random() * 14);
      const sentence = Array.from(
        { length },
        () =>
          vocabulary[Math.floor(vocabulary.length * random() ** 2.5)] ?? pick(random, vocabulary),
      );
      if (s === 0 && paragraphs.length === 0) sentence.push(`ref${index}`);
      words += sentence.length;
      sentences.push(`${sentence.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

async function seed(
  vocabulary: readonly string[],
): Promise<{ userId: string; seeded: boolean; words: number }> {
  const db = await getDb();
  const user = await db.user.upsert({
    where: { email: EMAIL },
    create: { email: EMAIL, name: "Search Bench", role: "editor" },
    update: {},
  });
  const sample = articleBody(createRandom(1), vocabulary, 0);
  if ((await db.article.count({ where: { createdById: user.id } })) === ARTICLES) {
    if (databaseProvider() === "postgresql") await db.$executeRaw`VACUUM ANALYZE "Article"`;
    return { userId: user.id, seeded: false, words: countWords(sample) };
  }
  await db.article.deleteMany({ where: { createdById: user.id } });
  const random = createRandom(2000);
  for (let i = 0; i < ARTICLES; i += 100) {
    await db.article.createMany({
      data: Array.from({ length: 100 }, (_, j) => {
        const index = i + j;
        const title = `${pick(random, vocabulary)} ${pick(random, vocabulary)} ${pick(random, vocabulary)}: report ${index}`;
        return {
          title,
          body: articleBody(random, vocabulary, index),
          outlet: OUTLETS[index % OUTLETS.length],
          createdById: user.id,
          createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
        };
      }),
    });
  }
  // After a bulk load PostgreSQL has no statistics yet and plans full scans, and every new article
  // waits in the GIN index's pending list, which each search then reads: autovacuum would catch up
  // within a minute on a running server, so the bench does it at once.
  if (databaseProvider() === "postgresql") await db.$executeRaw`VACUUM ANALYZE "Article"`;
  return { userId: user.id, seeded: true, words: countWords(sample) };
}

async function main(): Promise<void> {
  const vocabulary = vocabularyOf(readSeedArticle().body);
  const began = performance.now();
  const { userId, seeded, words } = await seed(vocabulary);
  const seedMs = performance.now() - began;
  const actor = { id: userId, email: EMAIL, name: "Search Bench", role: "editor" as const };
  const common = vocabulary[0]!;
  const middling = vocabulary[Math.floor(vocabulary.length * 0.3)]!;
  const rare = vocabulary[vocabulary.length - 1]!;
  const queries = [
    { name: `common word "${common}"`, options: { q: common } },
    { name: `middling word "${middling}"`, options: { q: middling } },
    { name: `a word from the vocabulary's tail "${rare}"`, options: { q: rare } },
    { name: "one article's own word", options: { q: "ref1234" } },
    { name: "two words", options: { q: `${common} ${middling}` } },
    { name: "a phrase", options: { q: `"${vocabulary[0]} ${vocabulary[1]}"` } },
    {
      name: "word + outlet filter, newest",
      options: { q: middling, outlet: OUTLETS[1], sort: "newest" as const },
    },
    { name: "word, page 5", options: { q: common, page: 5 } },
    { name: "no words, title sort", options: { sort: "title" as const } },
  ];
  const samples: number[] = [];
  const perQuery = [];
  for (const query of queries) {
    const first = await searchArticles(actor, query.options); // warm-up: statement caches, pages in memory
    const times: number[] = [];
    for (let run = 0; run < RUNS_PER_QUERY; run += 1) {
      const start = performance.now();
      await searchArticles(actor, query.options);
      times.push(performance.now() - start);
    }
    samples.push(...times);
    perQuery.push({ name: query.name, total: first.total, times });
  }
  console.log(JSON.stringify({ articles: ARTICLES, words, seeded, seedMs, samples, perQuery }));
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Search bench failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
