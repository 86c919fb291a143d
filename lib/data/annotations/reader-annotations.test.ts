import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { expandOutline, SIDEBAR_PAGE, unpackOutline } from "@/lib/contracts/outline";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { loadArticleForReading } from "@/lib/data/annotations/reader-annotations";
import { createArticle, getArticle } from "@/lib/data/articles/articles";
import { readerRows } from "@/lib/data/annotations/reader-rows";

/** An article of numbered words, so each annotation can take a word of its own. */
async function articleWithAnnotations(count: number) {
  const reviewer = await createTestActor("reviewer", "Rita Outline");
  const words = Array.from({ length: count + 2 }, (_, i) => `w${String(i).padStart(4, "0")}`);
  const article = await createArticle(
    reviewer,
    createArticleSchema.parse({ title: "Outline", body: words.join(" ") }),
  );
  const ids: string[] = [];
  // Created last word first, so creation order is not text order.
  for (let i = count; i >= 1; i -= 1) {
    const exact = words[i]!;
    const start = article.body.indexOf(exact);
    const created = await createAnnotation(reviewer, article.id, {
      status: i % 3 === 0 ? "disputed" : "sourced",
      note: `Note ${i}`,
      sources: [{ url: "https://example.org/", title: "", quote: "", accessedAt: null }],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
    ids[i] = created.id;
  }
  return { reviewer, article, ids };
}

describe("the reading page's annotations", () => {
  it("outline every annotation in text order and send only the first sidebar page in full", async () => {
    const { reviewer, article, ids } = await articleWithAnnotations(SIDEBAR_PAGE + 5);
    const db = await getDb();
    // One orphan: its quote is no longer in the body.
    await db.annotation.update({
      where: { id: ids[1]! },
      data: { exact: "gone from the text", start: 0, end: 18 },
    });

    const { outline, details } = await loadArticleForReading(reviewer, article.id);
    const rows = unpackOutline(outline.packed);
    expect(rows).toHaveLength(SIDEBAR_PAGE + 5);
    expect(outline.authors).toEqual([{ id: reviewer.id, name: "Rita Outline" }]);
    const expectedOrder = [...ids.slice(2), ids[1]];
    expect(rows.map((r) => r[0])).toEqual(expectedOrder);
    const orphanRow = rows.at(-1)!;
    expect(orphanRow.slice(4, 6)).toEqual([-1, -1]);

    // The first page of placed annotations and the orphan, in full and in the same order.
    expect(details.map((d) => d.id)).toEqual([...ids.slice(2, 2 + SIDEBAR_PAGE), ids[1]]);
    expect(details[0]).toMatchObject({
      note: "Note 2",
      sources: [{ url: "https://example.org/" }],
      author: { name: "Rita Outline" },
    });

    // The stand-ins agree with the full views on everything the outline carries.
    const full = await listAnnotationsForArticle(reviewer, article.id);
    const stubs = expandOutline(outline);
    expect(
      stubs.map((s) => [
        s.id,
        s.status,
        s.reviewState,
        s.author.id,
        s.orphan,
        s.anchor?.start,
        s.anchor?.end,
        s.createdAt,
      ]),
    ).toEqual(
      full.map((f) => [
        f.id,
        f.status,
        f.reviewState,
        f.author.id,
        f.orphan,
        f.anchor?.start,
        f.anchor?.end,
        f.createdAt,
      ]),
    );
    expect(stubs.every((s) => s.partial)).toBe(true);
  });

  it("give details only for the ids asked for, and only of this article's live annotations", async () => {
    const { reviewer, article, ids } = await articleWithAnnotations(4);
    const other = await articleWithAnnotations(1);
    const db = await getDb();
    await db.annotation.update({ where: { id: ids[2]! }, data: { deletedAt: new Date() } });
    const listed = await listAnnotationsForArticle(reviewer, article.id, {
      ids: [ids[4]!, ids[2]!, ids[1]!, other.ids[1]!, "no-such-id"],
    });
    expect(listed.map((a) => a.id)).toEqual([ids[1], ids[4]]);
    expect(listed[1]).toMatchObject({ note: "Note 4", anchor: { method: "position" } });
  });

  it("are refused like the article to someone who cannot see it", async () => {
    const { article } = await articleWithAnnotations(1);
    const db = await getDb();
    await db.article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    const stranger = await createTestActor("reviewer");
    await expect(loadArticleForReading(stranger, article.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      listAnnotationsForArticle(stranger, article.id, { ids: ["x"] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the reading page's rows, read as one JSON array from the database", () => {
  it("carry every column as stored, for any characters, without deleted annotations, in position order", async () => {
    const { reviewer, article, ids } = await articleWithAnnotations(3);
    const db = await getDb();
    // Imported-looking people and quotes with JSON's and the outline's own separators in them.
    await db.annotation.update({
      where: { id: ids[2]! },
      data: {
        externalAuthorName: 'O\'Brien, "Ana"; \\ 😀',
        externalAuthorId: "acct:a,b;c@example.org",
        prefix: 'a "quote", ; \n',
        suffix: "\u2028é",
      },
    });
    await db.annotation.update({ where: { id: ids[3]! }, data: { deletedAt: new Date() } });
    const rows = await readerRows(db, article.id);
    const stored = await db.annotation.findMany({
      where: { articleId: article.id, deletedAt: null },
      orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    });
    expect(rows.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    expect(rows).toEqual(
      stored.map((s) => ({
        id: s.id,
        status: s.status,
        reviewState: s.reviewState,
        start: s.start,
        end: s.end,
        exact: s.exact,
        prefix: s.prefix,
        suffix: s.suffix,
        anchorState: s.anchorState,
        createdAt: s.createdAt.getTime(),
        authorId: s.authorId,
        creditedAuthorId: s.creditedAuthorId,
        externalAuthorName: s.externalAuthorName,
        externalAuthorId: s.externalAuthorId,
      })),
    );
    expect(rows[1]).toMatchObject({
      externalAuthorName: 'O\'Brien, "Ana"; \\ 😀',
      prefix: 'a "quote", ; \n',
      authorId: reviewer.id,
    });
    expect(await readerRows(db, "no-such-article")).toEqual([]);
  });

  it("count the statuses as the article list does, leaving a revision's orphans out", async () => {
    const { reviewer, article, ids } = await articleWithAnnotations(4);
    const db = await getDb();
    await db.annotation.update({ where: { id: ids[3]! }, data: { anchorState: "orphaned" } });
    await db.annotation.update({ where: { id: ids[4]! }, data: { deletedAt: new Date() } });
    const { article: read } = await loadArticleForReading(reviewer, article.id);
    const listed = await getArticle(reviewer, article.id);
    expect(read.annotationCounts).toEqual(listed.annotationCounts);
    expect(read.annotationCounts).toEqual({ sourced: 2, disputed: 0, unverified: 0 });
  });
});
