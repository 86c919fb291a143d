import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { listAnnotationHistory } from "@/lib/data/annotations/annotation-history";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { createReply, deleteReply, updateReply } from "@/lib/data/reviews/replies";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";

async function annotationBy(author: Actor) {
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "History", body: "A claim worth checking." }),
  );
  return createAnnotation(author, article.id, {
    status: "disputed",
    note: "First draft of the note.",
    sources: [],
    target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
  });
}

const texts = async (actor: Actor, annotationId: string) =>
  JSON.stringify(await listAnnotationHistory(actor, annotationId));

describe("what the history shows to whom", () => {
  it("shows earlier notes to the author and moderators; others see that the note changed, not its texts", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await updateAnnotation(author, annotation.id, {
      version: annotation.version,
      note: "Second draft.",
      status: "unverified",
    });
    for (const insider of [
      author,
      await createTestActor("editor"),
      await createTestActor("admin"),
    ]) {
      const update = (await listAnnotationHistory(insider, annotation.id)).find(
        (e) => e.action === "annotation.update",
      );
      expect(update).toMatchObject({
        before: { note: "First draft of the note." },
        after: { note: "Second draft." },
        redacted: [],
      });
    }
    for (const outsider of [await createTestActor("reviewer"), await createTestActor("viewer")]) {
      const history = await listAnnotationHistory(outsider, annotation.id);
      expect(history.map((e) => e.redacted)).toEqual([["note"], ["note"]]);
      const update = history.find((e) => e.action === "annotation.update")!;
      expect(update).toMatchObject({
        before: { status: "disputed" },
        after: { status: "unverified" },
      });
      expect(update.before).not.toHaveProperty("note");
      expect(await texts(outsider, annotation.id)).not.toContain("First draft");
    }
  });

  it("hides a deleted reply's texts from everyone but moderators; the audit rows stay", async () => {
    const author = await createTestActor("reviewer");
    const bob = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    const reply = await createReply(bob, annotation.id, { body: "Something I regret saying." });
    await updateReply(bob, reply.id, "Something I regret even more.");
    const kept = await createReply(author, annotation.id, { body: "Still here." });
    await deleteReply(bob, reply.id);
    for (const viewer of [author, bob, await createTestActor("viewer")]) {
      const history = await listAnnotationHistory(viewer, annotation.id);
      expect(
        history.filter((e) => e.action.startsWith("reply.")).map((e) => [e.action, e.redacted]),
      ).toEqual([
        ["reply.create", ["body"]],
        ["reply.update", ["body"]],
        ["reply.create", []],
        ["reply.delete", ["body"]],
      ]);
      const json = await texts(viewer, annotation.id);
      expect(json).not.toContain("regret");
      expect(json).toContain("Still here.");
      expect(json).toContain(reply.id);
    }
    const moderated = await listAnnotationHistory(await createTestActor("editor"), annotation.id);
    expect(moderated.find((e) => e.action === "reply.delete")).toMatchObject({
      before: { replyId: reply.id, body: "Something I regret even more." },
      redacted: [],
    });
    expect(kept.body).toBe("Still here.");
  });

  it("a deleted annotation's history is for moderators only", async () => {
    const author = await createTestActor("reviewer");
    const annotation = await annotationBy(author);
    await deleteAnnotation(author, annotation.id);
    for (const viewer of [
      author,
      await createTestActor("reviewer"),
      await createTestActor("viewer"),
    ]) {
      await expect(listAnnotationHistory(viewer, annotation.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const history = await listAnnotationHistory(await createTestActor("editor"), annotation.id);
    expect(history.map((e) => e.action)).toEqual(["annotation.create", "annotation.delete"]);
  });
});
