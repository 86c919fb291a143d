import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import type { Actor } from "@/lib/permissions/roles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import {
  deleteAnnotation,
  restoreAnnotation,
  UNDO_WINDOW_MS,
} from "@/lib/data/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";

async function setup(author: Actor) {
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Edits", body: "One claim here.\n\nAnother claim there." }),
  );
  const start = article.body.indexOf("claim here");
  return createAnnotation(author, article.id, {
    status: "disputed",
    note: "v1",
    sources: [],
    target: { start, end: start + 10, exact: "claim here", prefix: "", suffix: "" },
  });
}

const auditActions = async (entityId: string) =>
  (
    await (
      await getDb()
    ).auditEvent.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
  ).map((e) => e.action);

describe("updateAnnotation", () => {
  it("lets the author edit from the current version only; a stale version is a conflict carrying the current one", async () => {
    const author = await createTestActor("reviewer");
    const created = await setup(author);
    const updated = await updateAnnotation(author, created.id, {
      version: 1,
      note: "v2",
      sources: [{ url: "https://a.example", title: "", quote: "", accessedAt: null }],
      status: "sourced",
    });
    expect(updated).toMatchObject({
      version: 2,
      note: "v2",
      status: "sourced",
      sources: [{ url: "https://a.example" }],
    });
    await expect(
      updateAnnotation(author, created.id, { version: 1, note: "lost update" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { note: "v2", version: 2 } },
    });
    expect(await auditActions(created.id)).toEqual(["annotation.create", "annotation.update"]);
  });

  it("refuses other reviewers and viewers, and records an editor's change as moderation", async () => {
    const author = await createTestActor("reviewer");
    const created = await setup(author);
    await expect(
      updateAnnotation(await createTestActor("reviewer"), created.id, { version: 1, note: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateAnnotation(await createTestActor("viewer"), created.id, { version: 1, note: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const editor = await createTestActor("editor");
    await updateAnnotation(editor, created.id, { version: 1, status: "unverified" });
    expect(await auditActions(created.id)).toEqual(["annotation.create", "annotation.moderate"]);
    const event = await (
      await getDb()
    ).auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "annotation.moderate" },
    });
    expect(JSON.parse(event.before!)).toMatchObject({ status: "disputed" });
    expect(JSON.parse(event.after!)).toMatchObject({ status: "unverified" });
    expect(event.actorId).toBe(editor.id);
  });

  it("needs a source to become sourced, and reopens an approved annotation when its substance changes", async () => {
    const author = await createTestActor("reviewer");
    const created = await setup(author);
    await expect(
      updateAnnotation(author, created.id, { version: 1, status: "sourced" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await (
      await getDb()
    ).annotation.update({ where: { id: created.id }, data: { reviewState: "approved" } });
    const updated = await updateAnnotation(author, created.id, { version: 1, note: "changed" });
    expect(updated.reviewState).toBe("open");
  });
});

describe("deleteAnnotation and restoreAnnotation", () => {
  it("soft-deletes, can be undone within the window, and not after", async () => {
    const author = await createTestActor("reviewer");
    const created = await setup(author);
    await expect(deleteAnnotation(author, created.id, 7)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await deleteAnnotation(author, created.id, 1);
    await expect(
      updateAnnotation(author, created.id, { version: 2, note: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const restored = await restoreAnnotation(author, created.id);
    expect(restored).toMatchObject({ id: created.id, version: 3, note: "v1" });

    await deleteAnnotation(author, created.id);
    await (
      await getDb()
    ).annotation.update({
      where: { id: created.id },
      data: { deletedAt: new Date(Date.now() - UNDO_WINDOW_MS - 1000) },
    });
    await expect(restoreAnnotation(author, created.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await auditActions(created.id)).toEqual([
      "annotation.create",
      "annotation.delete",
      "annotation.restore",
      "annotation.delete",
    ]);
  });

  it("records who deleted it; a moderator's deletion is undone only by them or another moderator, not the author", async () => {
    const author = await createTestActor("reviewer");
    const created = await setup(author);
    const editor = await createTestActor("editor");
    await deleteAnnotation(editor, created.id, 1);
    expect(
      (await (await getDb()).annotation.findUniqueOrThrow({ where: { id: created.id } }))
        .deletedById,
    ).toBe(editor.id);
    await expect(restoreAnnotation(author, created.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      restoreAnnotation(await createTestActor("reviewer"), created.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const restored = await restoreAnnotation(await createTestActor("admin"), created.id);
    expect(restored).toMatchObject({ id: created.id, note: "v1" });
    expect(
      (await (await getDb()).annotation.findUniqueOrThrow({ where: { id: created.id } }))
        .deletedById,
    ).toBeNull();

    await deleteAnnotation(author, created.id);
    expect((await restoreAnnotation(author, created.id)).id).toBe(created.id);
    expect(await auditActions(created.id)).toEqual([
      "annotation.create",
      "annotation.moderate-delete",
      "annotation.restore",
      "annotation.delete",
      "annotation.restore",
    ]);
  });
});
