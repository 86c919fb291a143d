import { describe, expect, it } from "vitest";
import { ALL_OPTIONS } from "@/lib/export/fixtures/bundle";
import { renderWebAnnotationJsonLd, type JsonObject } from "@/lib/export";
import { parseWebAnnotations } from "@/lib/import";
import { annotatedArticle, TEST_BASE_URL } from "@/lib/testing/annotated-article";
import { createTestActor } from "@/lib/testing/factories";
import type { Actor } from "@/lib/permissions/roles";
import { createAnnotationSchema } from "@/lib/validation/annotations";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/articles";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { PersonView } from "@/lib/contracts/person";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { buildExportBundle } from "@/lib/data/interchange/export-bundle";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { listRepliesOfReadable } from "@/lib/data/reviews/replies";
import type { ReplyView } from "@/lib/contracts/reply";
import { updateArticle } from "@/lib/data/articles/update-article";

type Field = {
  name: string;
  applies?: (a: AnnotationView) => boolean;
  get: (a: AnnotationView, replies: ReplyView[]) => unknown;
};

const placed = (a: AnnotationView) => !a.orphan;
const person = (p: PersonView | null | undefined) =>
  p ? { id: p.id, name: p.name, externalId: p.externalId ?? null } : null;

/**
 * Every field of an annotation as the API shows it, with its replies: the table the round trip is
 * measured by. Not in it, by design: ids (new rows), `ownerId` (the importer owns what they
 * import), `updatedAt` (when the row arrived here), `version` (the copy's own edit counter), and
 * an orphan's offsets and context (they count in an earlier text the file does not carry).
 */
const FIELDS: Field[] = [
  { name: "status", get: (a) => a.status },
  { name: "note", get: (a) => a.note },
  { name: "sources: url", get: (a) => a.sources.map((s) => s.url) },
  { name: "sources: title", get: (a) => a.sources.map((s) => s.title) },
  { name: "sources: quote", get: (a) => a.sources.map((s) => s.quote) },
  { name: "sources: accessed date", get: (a) => a.sources.map((s) => s.accessedAt) },
  { name: "target: exact", get: (a) => a.target.exact },
  { name: "target: prefix", applies: placed, get: (a) => a.target.prefix },
  { name: "target: suffix", applies: placed, get: (a) => a.target.suffix },
  { name: "target: start", applies: placed, get: (a) => a.target.start },
  { name: "target: end", applies: placed, get: (a) => a.target.end },
  { name: "orphan", get: (a) => a.orphan },
  { name: "anchor: start and end", applies: placed, get: (a) => [a.anchor?.start, a.anchor?.end] },
  { name: "author: name", get: (a) => a.author.name },
  { name: "author: account", get: (a) => a.author.id },
  { name: "author: external id", get: (a) => a.author.externalId ?? null },
  { name: "tags", get: (a) => a.tags },
  { name: "created", get: (a) => a.createdAt },
  { name: "modified", get: (a) => a.modifiedAt },
  { name: "review state", get: (a) => a.reviewState },
  { name: "settlement: editor", get: (a) => person(a.settlement?.by) },
  { name: "settlement: date", get: (a) => a.settlement?.at ?? null },
  { name: "settlement: comment", get: (a) => a.settlement?.comment ?? null },
  { name: "reviews: verdict", get: (a) => a.reviews.map((r) => r.verdict) },
  { name: "reviews: reason", get: (a) => a.reviews.map((r) => r.reason) },
  { name: "reviews: proposed status", get: (a) => a.reviews.map((r) => r.proposedStatus) },
  { name: "reviews: reviewer", get: (a) => a.reviews.map((r) => person(r.reviewer)) },
  { name: "reviews: date", get: (a) => a.reviews.map((r) => r.createdAt) },
  { name: "reply count", get: (a) => a.replyCount },
  { name: "replies: text", get: (_, replies) => replies.map((r) => r.body) },
  { name: "replies: author", get: (_, replies) => replies.map((r) => person(r.author)) },
  { name: "replies: date", get: (_, replies) => replies.map((r) => r.createdAt) },
  { name: "replies: edited", get: (_, replies) => replies.map((r) => r.edited) },
  { name: "replies: deleted", get: (_, replies) => replies.map((r) => r.deleted) },
  {
    name: "replies: thread",
    get: (_, replies) => replies.map((r) => replies.find((p) => p.id === r.parentId)?.body ?? null),
  },
];

async function views(actor: Actor, articleId: string) {
  const list = await listAnnotationsForArticle(actor, articleId);
  const replies = await listRepliesOfReadable(list.map((a) => a.id));
  return list.map((a) => ({ a, replies: replies.get(a.id) ?? [] }));
}

const itemsOf = (file: JsonObject) => (file.first as { items: JsonObject[] }).items;

describe("W3C Web Annotation export → import into a copy of the article", () => {
  it("gives back every field of every annotation", async () => {
    const { ed, article, body } = await annotatedArticle();
    const importer = await createTestActor("editor", "Ivy Importer");
    const file = JSON.parse(
      JSON.stringify(
        renderWebAnnotationJsonLd(
          await buildExportBundle(ed, article.id, ALL_OPTIONS, TEST_BASE_URL),
        ),
      ),
    ) as JsonObject;
    const copy = await createArticle(
      importer,
      createArticleSchema.parse({ title: "Round trip (copy)", body }),
    );
    const parsed = parseWebAnnotations(file);
    expect(parsed.errors).toEqual([]);
    const report = await importAnnotations(importer, copy.id, parsed.annotations, parsed.skipped, {
      baseUrl: TEST_BASE_URL,
    });
    expect(report).toMatchObject({
      imported: 7,
      orphaned: 1,
      replies: 3,
      reviews: 2,
      skipped: [],
      warnings: [],
    });

    const before = await views(ed, article.id);
    const after = await views(ed, copy.id);
    expect(after).toHaveLength(before.length);
    // The fixture has what the table is about: an external author with tags, reviews, a settlement, a thread.
    expect(before.find(({ a }) => a.author.id === null)?.a).toMatchObject({
      author: { name: "Mark Hypothesis", externalId: "acct:mark@hypothes.is" },
      tags: ["economy", "rent control"],
    });
    expect(before.flatMap(({ a }) => a.reviews)).toHaveLength(2);
    expect(
      before
        .flatMap(({ replies }) => replies)
        .map((r) => [r.deleted, r.edited, r.parentId !== null]),
    ).toEqual([
      [false, false, false],
      [false, true, true],
      [true, false, false],
    ]);
    expect(after.every(({ a }) => a.ownerId === importer.id)).toBe(true);

    const key = (a: AnnotationView) => `${a.target.exact}\u0000${a.note}`;
    const rows = FIELDS.map((field) => {
      const differing = before.filter(({ a, replies }) => {
        if (field.applies && !field.applies(a)) return false;
        const twin = after.find((x) => key(x.a) === key(a));
        return (
          !twin ||
          JSON.stringify(field.get(a, replies)) !== JSON.stringify(field.get(twin.a, twin.replies))
        );
      });
      return { field: field.name, differing: differing.map(({ a }) => a.target.exact) };
    });
    expect(rows.filter((r) => r.differing.length > 0)).toEqual([]);
    expect(rows).toHaveLength(35);
  });

  it("counts TextPositionSelector offsets in code points, as the model requires", async () => {
    const { ed, article, body } = await annotatedArticle();
    const file = renderWebAnnotationJsonLd(
      await buildExportBundle(ed, article.id, ALL_OPTIONS, TEST_BASE_URL),
    );
    const positions = itemsOf(file).flatMap((item) => {
      const selectors = ((item.target as JsonObject | undefined)?.selector ?? []) as JsonObject[];
      const quote = selectors.find((s) => s.type === "TextQuoteSelector");
      const position = selectors.find((s) => s.type === "TextPositionSelector");
      return quote && position
        ? [
            {
              exact: quote.exact as string,
              start: position.start as number,
              end: position.end as number,
            },
          ]
        : [];
    });
    expect(positions.length).toBeGreaterThanOrEqual(5);
    const codePoints = [...body];
    for (const { exact, start, end } of positions)
      expect(codePoints.slice(start, end).join("")).toBe(exact);
    // After 📈 (two code units, one code point) the two counts part.
    const rose = positions.find((p) => p.exact === "rose 3 percent")!;
    expect(rose.start).toBe(body.indexOf("rose 3 percent") - 1);
  });

  it("reads back which version of the text the offsets count in, and says so when it is another version of this article", async () => {
    const alice = await createTestActor("editor", "Alice Author");
    const article = await createArticle(
      alice,
      createArticleSchema.parse({ title: "Versions", body: "Prices 📈 rose 3 percent in May." }),
    );
    await createAnnotation(
      alice,
      article.id,
      createAnnotationSchema.parse({
        status: "disputed",
        note: "Which index?",
        target: { start: 10, end: 24, exact: "rose 3 percent" },
      }),
    );
    const file = JSON.parse(
      JSON.stringify(
        renderWebAnnotationJsonLd(
          await buildExportBundle(alice, article.id, ALL_OPTIONS, TEST_BASE_URL),
        ),
      ),
    );
    const parsed = parseWebAnnotations(file);
    expect(parsed.annotations[0]!.textVersion).toEqual({
      source: `${TEST_BASE_URL}/articles/${article.id}`,
      version: 1,
    });
    await updateArticle(
      alice,
      article.id,
      updateArticleSchema.parse({
        version: 1,
        body: "Last spring, prices 📈 rose 3 percent in May.",
      }),
    );
    const report = await importAnnotations(alice, article.id, parsed.annotations, parsed.skipped, {
      baseUrl: TEST_BASE_URL,
    });
    expect(report.warnings).toEqual([
      "The file's offsets count in version 1 of this article, which is now at version 2: the annotations were placed by their quotes",
    ]);
    expect(report).toMatchObject({ imported: 1, exact: 1 });
  });
});
