import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { createArticle, getArticle, listArticles } from "@/lib/data/articles/articles";

const input = (title: string, body = "Alpha beta gamma.\n\nDelta epsilon zeta.") =>
  createArticleSchema.parse({ title, body });

describe("articles", () => {
  it("may be added by reviewers and above, never by viewers, and nothing is written on refusal", async () => {
    const viewer = await createTestActor("viewer");
    const reviewer = await createTestActor("reviewer");
    const db = await getDb();
    const title = `Refused ${viewer.id}`;
    await expect(createArticle(viewer, input(title))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.article.count({ where: { title } })).toBe(0);

    const article = await createArticle(reviewer, input("Accepted"));
    expect(article.version).toBe(1);
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { entityId: article.id, action: "article.create" } }),
    ).toBe(1);
    expect((await getArticle(viewer, article.id)).title).toBe("Accepted");
  });

  it("hides archived articles from reviewers but not from editors", async () => {
    const reviewer = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const article = await createArticle(reviewer, input("To archive"));
    const db = await getDb();
    await db.article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    await expect(getArticle(reviewer, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listArticles(reviewer)).some((a) => a.id === article.id)).toBe(false);
    expect((await getArticle(editor, article.id)).id).toBe(article.id);
  });

  it("counts live annotations per status", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(reviewer, input("Counted"));
    const target = (exact: string) => {
      const start = article.body.indexOf(exact);
      return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
    };
    await createAnnotation(reviewer, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: target("Alpha"),
    });
    await createAnnotation(reviewer, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: target("beta"),
    });
    const gone = await createAnnotation(reviewer, article.id, {
      status: "unverified",
      note: "",
      sources: [],
      target: target("Delta"),
    });
    const db = await getDb();
    await db.annotation.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    expect((await getArticle(reviewer, article.id)).annotationCounts).toEqual({
      sourced: 0,
      disputed: 2,
      unverified: 0,
    });
  });
});

describe("annotations on a revised body", () => {
  it("are re-anchored by their quote, and flagged as orphans when the quote is gone", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      reviewer,
      input("Revised", "One two three.\n\nFour five six."),
    );
    const at = (exact: string) => {
      const start = article.body.indexOf(exact);
      return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
    };
    const moved = await createAnnotation(reviewer, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: at("five six"),
    });
    const removed = await createAnnotation(reviewer, article.id, {
      status: "unverified",
      note: "",
      sources: [],
      target: at("One two three"),
    });
    const db = await getDb();
    await db.article.update({
      where: { id: article.id },
      data: { body: "A new opening line.\n\nFour five six.", version: 2 },
    });
    const list = await listAnnotationsForArticle(reviewer, article.id);
    const byId = new Map(list.map((a) => [a.id, a]));
    expect(byId.get(moved.id)).toMatchObject({
      orphan: false,
      anchor: { start: 26, end: 34, method: "exact" },
    });
    expect(byId.get(removed.id)).toMatchObject({ orphan: true, anchor: null });
    expect(list.at(-1)?.id).toBe(removed.id);
  });

  it("are refused when the target does not match the text, or is only whitespace", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(reviewer, input("Targets", "Alpha beta.\n\nGamma."));
    await expect(
      createAnnotation(reviewer, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: { start: 0, end: 5, exact: "Gamma", prefix: "", suffix: "" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      createAnnotation(reviewer, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: { start: 11, end: 13, exact: "\n\n", prefix: "", suffix: "" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const viewer = await createTestActor("viewer");
    await expect(
      createAnnotation(viewer, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: { start: 0, end: 5, exact: "Alpha", prefix: "", suffix: "" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
