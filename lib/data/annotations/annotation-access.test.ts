import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";

async function annotation() {
  const author = await createTestActor("reviewer");
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Access", body: "A claim worth checking." }),
  );
  const created = await createAnnotation(author, article.id, {
    status: "disputed",
    note: "",
    sources: [],
    target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
  });
  return { author, article, created };
}

describe("loading an annotation for an actor", () => {
  afterEach(() => vi.restoreAllMocks());

  it("hides an annotation whose article the actor may not see", async () => {
    const { article, created } = await annotation();
    const db = await getDb();
    await db.article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    await expect(
      loadAnnotationFor(await createTestActor("reviewer"), created.id, "read"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets a database failure through as itself, not as a missing annotation", async () => {
    const { author, created } = await annotation();
    const db = await getDb();
    // The article check is getArticleText's raw read of the article's state.
    vi.spyOn(db, "$queryRaw").mockRejectedValueOnce(new Error("connection lost"));
    await expect(loadAnnotationFor(author, created.id, "read")).rejects.toThrow("connection lost");
  });
});
