import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { createArticle } from "@/lib/data/articles/articles";
import { annotationScope, articleScope } from "./scopes";

const at = (start: number, exact: string) => ({
  status: "disputed" as const,
  note: "",
  sources: [],
  target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
});

describe("the actor's scope in the query", () => {
  it("keeps archived articles and their annotations, and deleted annotations, out of a viewer's reads", async () => {
    const editor = await createTestActor("editor");
    const viewer = await createTestActor("viewer");
    const db = await getDb();
    const make = async (title: string) =>
      createArticle(editor, createArticleSchema.parse({ title, body: "Alpha beta gamma delta." }));
    const live = await make("Scope live story");
    const archived = await make("Scope archived story");
    const kept = await createAnnotation(editor, live.id, at(0, "Alpha"));
    const gone = await createAnnotation(editor, live.id, at(6, "beta"));
    const hidden = await createAnnotation(editor, archived.id, at(0, "Alpha"));
    await db.annotation.update({ where: { id: gone!.id }, data: { deletedAt: new Date() } });
    await db.article.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const ids = [live.id, archived.id];

    const articlesFor = async (actor: typeof viewer) =>
      (await db.article.findMany({ where: { id: { in: ids }, ...articleScope(actor) } }))
        .map((a) => a.id)
        .sort();
    const annotationsFor = async (actor: typeof viewer) =>
      (
        await db.annotation.findMany({
          where: { articleId: { in: ids }, ...annotationScope(actor) },
        })
      )
        .map((a) => a.id)
        .sort();

    expect(await articlesFor(viewer)).toEqual([live.id]);
    expect(await articlesFor(editor)).toEqual([...ids].sort());
    expect(await annotationsFor(viewer)).toEqual([kept!.id]);
    expect(await annotationsFor(editor)).toEqual([kept!.id, hidden!.id].sort());

    // The one-annotation gate of every write and detail read uses the same scope.
    await expect(loadAnnotationFor(viewer, hidden!.id, "read")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(loadAnnotationFor(editor, hidden!.id, "read")).resolves.toMatchObject({
      row: { id: hidden!.id },
    });
  });
});
