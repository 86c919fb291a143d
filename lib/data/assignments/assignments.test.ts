import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAssignmentSchema, updateAssignmentSchema } from "@/lib/validation/assignments";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import {
  createAssignment,
  getAssignment,
  removeAssignment,
  updateAssignment,
} from "@/lib/data/assignments/assignments";
import { listNotifications } from "@/lib/data/notifications/notifications";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";

async function setUp() {
  const editor = await createTestActor("editor", "Edna Editor");
  const author = await createTestActor("reviewer", "Alice Author");
  const reviewer = await createTestActor("reviewer", "Bob Reviewer");
  const article = await createArticle(
    author,
    createArticleSchema.parse({
      title: "Assigned story",
      body: "A claim worth checking, and another one.",
    }),
  );
  const annotation = await createAnnotation(author, article.id, {
    status: "disputed",
    note: "",
    sources: [],
    target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
  });
  return {
    editor,
    author,
    reviewer,
    article,
    annotation,
    target: { kind: "annotation" as const, id: annotation.id },
  };
}

const assign = (assigneeId: string, dueAt?: string | null) =>
  createAssignmentSchema.parse({ assigneeId, dueAt });

const auditOf = async (entityId: string) =>
  (await getDb()).auditEvent.findMany({
    where: { entityType: "assignment", entityId },
    orderBy: { createdAt: "asc" },
  });

describe("assignments", () => {
  it("only editors and admins assign, to reviewers and above who are active and not the author", async () => {
    const { editor, author, reviewer, target } = await setUp();
    const viewer = await createTestActor("viewer");
    await expect(createAssignment(reviewer, target, assign(reviewer.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createAssignment(viewer, target, assign(reviewer.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createAssignment(editor, target, assign(viewer.id))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(createAssignment(editor, target, assign(author.id))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const gone = await createTestActor("reviewer");
    await (
      await getDb()
    ).user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await expect(createAssignment(editor, target, assign(gone.id))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      createAssignment(editor, { kind: "annotation", id: "nope" }, assign(reviewer.id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const assignment = await createAssignment(editor, target, assign(reviewer.id, "2099-03-17"));
    expect(assignment).toMatchObject({
      kind: "annotation",
      assignee: { id: reviewer.id },
      assignedBy: { id: editor.id },
      dueAt: "2099-03-17T23:59:59.999Z",
      overdue: false,
      version: 1,
    });
    expect(await getAssignment(viewer, target)).toMatchObject({ id: assignment.id });
  });

  it("keeps one open assignment per target, and a second editor's assign is a 409", async () => {
    const { editor, reviewer, target, article } = await setUp();
    const other = await createTestActor("reviewer");
    const results = await Promise.allSettled([
      createAssignment(editor, target, assign(reviewer.id)),
      createAssignment(editor, target, assign(other.id)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    // The whole article is a target of its own.
    await createAssignment(editor, { kind: "article", id: article.id }, assign(reviewer.id));
    await expect(
      createAssignment(editor, { kind: "article", id: article.id }, assign(other.id)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is done when the assignee reviews it (not someone else), and the target can be assigned again", async () => {
    const { editor, reviewer, target, annotation } = await setUp();
    const assignment = await createAssignment(editor, target, assign(reviewer.id));
    await reviewAnnotation(await createTestActor("reviewer"), annotation.id, { verdict: "agree" });
    expect(await getAssignment(editor, target)).toMatchObject({ id: assignment.id });
    await reviewAnnotation(reviewer, annotation.id, { verdict: "disagree", reason: "No." });
    expect(await getAssignment(editor, target)).toBeNull();
    const done = await (
      await getDb()
    ).assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(done.doneAt).not.toBeNull();
    expect((await auditOf(assignment.id)).map((e) => e.action)).toEqual([
      "assignment.create",
      "assignment.change",
    ]);
    await createAssignment(editor, target, assign(editor.id));
  });

  it("is done when the annotation is approved or rejected, but not when changes are requested", async () => {
    const { editor, reviewer, target, annotation } = await setUp();
    await createAssignment(editor, target, assign(reviewer.id));
    const asked = await settleAnnotation(editor, annotation.id, {
      decision: "changes_requested",
      version: annotation.version,
    });
    expect(await getAssignment(editor, target)).not.toBeNull();
    await settleAnnotation(editor, annotation.id, { decision: "rejected", version: asked.version });
    expect(await getAssignment(editor, target)).toBeNull();
  });

  it("says overdue when the due date has passed and it is not done", async () => {
    const { editor, reviewer, target } = await setUp();
    const assignment = await createAssignment(editor, target, assign(reviewer.id, "2020-01-01"));
    expect(assignment).toMatchObject({ overdue: true, dueAt: "2020-01-01T23:59:59.999Z" });
    const cleared = await updateAssignment(
      editor,
      target,
      updateAssignmentSchema.parse({ dueAt: null, version: assignment.version }),
    );
    expect(cleared).toMatchObject({ overdue: false, dueAt: null, version: 2 });
  });

  it("reassigns and unassigns from the version read, audited with before and after, and tells both people", async () => {
    const { editor, reviewer, target } = await setUp();
    const next = await createTestActor("reviewer", "Carol Next");
    const assignment = await createAssignment(editor, target, assign(reviewer.id, "2099-01-01"));
    await expect(
      updateAssignment(
        reviewer,
        target,
        updateAssignmentSchema.parse({ assigneeId: next.id, version: 1 }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const moved = await updateAssignment(
      editor,
      target,
      updateAssignmentSchema.parse({ assigneeId: next.id, version: 1 }),
    );
    expect(moved).toMatchObject({ assignee: { id: next.id, name: "Carol Next" }, version: 2 });
    await expect(
      updateAssignment(editor, target, updateAssignmentSchema.parse({ dueAt: null, version: 1 })),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: 2 } } });
    await expect(removeAssignment(editor, target, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    await removeAssignment(editor, target, 2);
    expect(await getAssignment(editor, target)).toBeNull();
    await expect(removeAssignment(editor, target, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const events = await auditOf(assignment.id);
    expect(events.map((e) => e.action)).toEqual([
      "assignment.create",
      "assignment.change",
      "assignment.remove",
    ]);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ assigneeId: reviewer.id });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ assigneeId: next.id });
    expect(JSON.parse(events[2]!.before!)).toMatchObject({
      assigneeId: next.id,
      dueAt: "2099-01-01T23:59:59.999Z",
    });
    expect((await listNotifications(reviewer)).notifications.map((n) => n.kind)).toEqual([
      "unassignment",
      "assignment",
    ]);
    expect((await listNotifications(next)).notifications.map((n) => n.kind)).toEqual([
      "unassignment",
      "assignment",
    ]);
  });

  it("a whole article is marked done by its assignee, and nobody else below editor", async () => {
    const { editor, reviewer, article } = await setUp();
    const target = { kind: "article" as const, id: article.id };
    const assignment = await createAssignment(editor, target, assign(reviewer.id));
    await expect(
      updateAssignment(
        await createTestActor("reviewer"),
        target,
        updateAssignmentSchema.parse({ done: true, version: 1 }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateAssignment(
        reviewer,
        target,
        updateAssignmentSchema.parse({ done: true, dueAt: null, version: 1 }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await updateAssignment(
        reviewer,
        target,
        updateAssignmentSchema.parse({ done: true, version: 1 }),
      ),
    ).toMatchObject({ id: assignment.id, kind: "article" });
    expect(await getAssignment(reviewer, target)).toBeNull();
  });

  it("hides an archived article's assignment from reviewers", async () => {
    const { editor, reviewer, article } = await setUp();
    const target = { kind: "article" as const, id: article.id };
    await createAssignment(editor, target, assign(reviewer.id));
    await (
      await getDb()
    ).article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    await expect(getAssignment(reviewer, target)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
