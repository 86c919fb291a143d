import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { MAX_IMPORT_ANNOTATIONS, parseWebAnnotations } from "@/lib/import";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createArticle } from "@/lib/data/articles/articles";
import { checkDatabase } from "@/lib/data/health";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";

// About 20,000 words, each sentence unique so every quote has one true place.
const SENTENCES = Array.from(
  { length: 1500 },
  (_, i) =>
    `Sentence ${i} says the council spent ${i * 7} thousand dollars on road ${i % 97} repairs last year.`,
);
const BODY = Array.from({ length: 150 }, (_, p) =>
  SENTENCES.slice(p * 10, p * 10 + 10).join(" "),
).join("\n\n");

/**
 * Our JSON-LD export's shape (an AnnotationCollection with TextQuote and TextPosition selectors,
 * a status body and a source), for `count` annotations: most where they were made, some whose
 * offsets moved, a few whose quote was edited, and a few whose text is gone.
 */
function collection(count: number) {
  const items = Array.from({ length: count }, (_, i) => {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    const at = BODY.indexOf(sentence);
    let exact = sentence.slice(0, 20 + (i % 40));
    let start = at;
    if (i % 10 === 1) start = at + 5; // moved: the quote decides
    if (i % 1000 === 2) exact = exact.replace("says", "said"); // edited: placed fuzzily
    if (i % 2000 === 3) exact = `A passage that was cut from the article, number ${i}`; // gone: an orphan
    const sourced = i % 3 === 0;
    return {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `urn:factmark:annotation:${i}`,
      type: "Annotation",
      body: [
        {
          type: "TextualBody",
          value: `Note ${i}: the figure is from the annual report.`,
          purpose: "commenting",
        },
        { type: "TextualBody", value: sourced ? "sourced" : "disputed", purpose: "assessing" },
        ...(sourced
          ? [
              {
                type: "SpecificResource",
                source: {
                  id: `https://example.org/evidence/${i}`,
                  "dcterms:title": `Evidence ${i}`,
                },
              },
            ]
          : []),
      ],
      target: {
        source: "https://news.example/story",
        selector: [
          {
            type: "TextQuoteSelector",
            exact,
            prefix: BODY.slice(Math.max(0, at - 32), at),
            suffix: BODY.slice(at + exact.length, at + exact.length + 32),
          },
          { type: "TextPositionSelector", start, end: start + exact.length },
        ],
      },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: count,
    first: { type: "AnnotationPage", items },
  };
}

async function setUp() {
  const reviewer = await createTestActor("reviewer");
  const article = await createArticle(
    reviewer,
    createArticleSchema.parse({ title: "Large import target", body: BODY }),
  );
  return { reviewer, article };
}

const parsed = (count: number) => {
  const { annotations, errors } = parseWebAnnotations(collection(count));
  expect(errors).toEqual([]);
  return annotations;
};

describe("importing the documented maximum", () => {
  it(`stores ${MAX_IMPORT_ANNOTATIONS.toLocaleString("en")} annotations with their sources and trail`, async () => {
    const { reviewer, article } = await setUp();
    const report = await importAnnotations(reviewer, article.id, parsed(MAX_IMPORT_ANNOTATIONS));
    expect(report).toMatchObject({ imported: 10_000, exact: 9_985, fuzzy: 10, orphaned: 5 });
    const db = await getDb();
    expect(
      await db.annotation.count({ where: { articleId: article.id, authorId: reviewer.id } }),
    ).toBe(10_000);
    expect(await db.source.count({ where: { annotation: { articleId: article.id } } })).toBe(3_334);
    expect(
      await db.auditEvent.count({ where: { articleId: article.id, action: "annotation.import" } }),
    ).toBe(10_000);
    expect(
      await db.auditEvent.count({ where: { articleId: article.id, action: "article.import" } }),
    ).toBe(1);
    const moved = await db.annotation.findFirstOrThrow({
      where: { articleId: article.id, note: "Note 11: the figure is from the annual report." },
      include: { sources: true },
    });
    expect(BODY.slice(moved.start, moved.end)).toBe(moved.exact);
    expect(Math.abs(moved.createdAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    expect(moved.updatedAt).toEqual(moved.createdAt);
    expect(moved).toMatchObject({
      reviewState: "open",
      version: 1,
      articleVersion: article.version,
      deletedAt: null,
    });
    const sourced = await db.annotation.findFirstOrThrow({
      where: { articleId: article.id, note: "Note 9: the figure is from the annual report." },
      include: { sources: true },
    });
    expect(sourced.sources).toMatchObject([
      { url: "https://example.org/evidence/9", title: "Evidence 9", position: 0 },
    ]);
  }, 120_000);

  it("lets other requests of the process be answered while it runs", async () => {
    const { reviewer, article } = await setUp();
    const candidates = parsed(MAX_IMPORT_ANNOTATIONS);
    const finished: string[] = [];
    const importing = importAnnotations(reviewer, article.id, candidates).then(() =>
      finished.push("import"),
    );
    // A request that arrives once the import has started: a macrotask, like an incoming HTTP request.
    const checking = new Promise((resolve) => setImmediate(resolve))
      .then(() => checkDatabase())
      .then((health) => {
        expect(health.ok).toBe(true);
        finished.push("health check");
      });
    await Promise.all([importing, checking]);
    expect(finished).toEqual(["health check", "import"]);
  }, 120_000);

  it("writes nothing, trail included, when the last of several thousand cannot be stored", async () => {
    const { reviewer, article } = await setUp();
    const candidates = parsed(2_500);
    candidates.push({
      ...candidates[0]!,
      sources: [{ url: null as unknown as string, title: "", quote: "", accessedAt: null }],
    });
    await expect(importAnnotations(reviewer, article.id, candidates)).rejects.toThrow();
    const db = await getDb();
    expect(await db.annotation.count({ where: { articleId: article.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { articleId: article.id, action: { in: ["annotation.import", "article.import"] } },
      }),
    ).toBe(0);
  }, 120_000);
});
