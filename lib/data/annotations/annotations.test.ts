import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import type { Actor } from "@/lib/permissions/roles";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation, getAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { updateArticle } from "@/lib/data/articles/update-article";

const BODY = "The minister said unemployment fell.\n\nCritics said it rose.";

async function articleBy(author: Actor, body = BODY) {
  return createArticle(author, createArticleSchema.parse({ title: "Create path", body }));
}

const on = (body: string, exact: string) => {
  const start = body.indexOf(exact);
  return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
};

describe("createAnnotation", () => {
  it("answers with exactly what a later read of the annotation shows", async () => {
    const author = await createTestActor("reviewer", "Ada Author");
    const article = await articleBy(author);
    const created = await createAnnotation(author, article.id, {
      status: "sourced",
      note: "See the **survey**.",
      sources: [
        {
          url: "https://stats.example/survey",
          title: "Survey",
          quote: "fell by 2%",
          accessedAt: new Date("2026-03-01T00:00:00.000Z"),
        },
        { url: "https://news.example/a", title: "", quote: "", accessedAt: null },
      ],
      target: on(article.body, "unemployment fell"),
    });
    expect(created).toEqual(await getAnnotation(author, created.id));
    expect(created).toMatchObject({
      author: { id: author.id, name: "Ada Author" },
      target: { prefix: "The minister said ", suffix: ".\n\nCritics said it rose." },
      anchor: { method: "position" },
      reviews: [],
      replyCount: 0,
      settlement: null,
      reviewState: "open",
      version: 1,
    });
  });

  it("checks targets against the article's current text after a revision, not the text it read before", async () => {
    const author = await createTestActor("reviewer");
    const article = await articleBy(author);
    await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: on(article.body, "unemployment fell"),
    });
    const { article: revised } = await updateArticle(author, article.id, {
      version: article.version,
      body: "The minister said unemployment stayed flat.\n\nCritics said it rose.",
    });

    await expect(
      createAnnotation(author, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: on(article.body, "unemployment fell"),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const onRevision = await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: on(revised.body, "stayed flat"),
    });
    const db = await getDb();
    expect(
      (await db.annotation.findUniqueOrThrow({ where: { id: onRevision.id } })).articleVersion,
    ).toBe(revised.version);
  });

  it("stops at once when the article is archived, for reviewers; editors still annotate it", async () => {
    const author = await createTestActor("reviewer");
    const article = await articleBy(author);
    const target = on(article.body, "it rose");
    await createAnnotation(author, article.id, {
      status: "unverified",
      note: "",
      sources: [],
      target,
    });
    await (
      await getDb()
    ).article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });

    await expect(
      createAnnotation(author, article.id, { status: "unverified", note: "", sources: [], target }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const editor = await createTestActor("editor");
    await expect(
      createAnnotation(editor, article.id, { status: "unverified", note: "", sources: [], target }),
    ).resolves.toMatchObject({ articleId: article.id });
  });
});
