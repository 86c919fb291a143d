import { describe, expect, it } from "vitest";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAssignmentSchema } from "@/lib/validation/assignments";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { createAssignment, removeAssignment } from "@/lib/data/assignments/assignments";
import { listMyOpenAssignments } from "@/lib/data/assignments/my-assignments";
import { listNotifications, openNotification } from "@/lib/data/notifications/notifications";
import { listReviewQueue } from "@/lib/data/reviews/review-queue";

const claim = { status: "disputed" as const, note: "", sources: [] };
const at = (start: number, exact: string) => ({
  ...claim,
  target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
});

describe("assigned work in the queue and the inbox", () => {
  it("lists the assignee's assigned annotations first, soonest due first, then the rest oldest first", async () => {
    const editor = await createTestActor("editor");
    const author = await createTestActor("reviewer");
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Queue story", body: "One two three four five six." }),
    );
    const [a, b, c, d] = [
      await createAnnotation(author, article.id, at(0, "One")),
      await createAnnotation(author, article.id, at(4, "two")),
      await createAnnotation(author, article.id, at(8, "three")),
      await createAnnotation(author, article.id, at(14, "four")),
    ];
    await createAssignment(
      editor,
      { kind: "annotation", id: c!.id },
      createAssignmentSchema.parse({ assigneeId: reviewer.id, dueAt: "2099-05-01" }),
    );
    await createAssignment(
      editor,
      { kind: "annotation", id: d!.id },
      createAssignmentSchema.parse({ assigneeId: reviewer.id, dueAt: "2020-05-01" }),
    );
    await createAssignment(
      editor,
      { kind: "annotation", id: b!.id },
      createAssignmentSchema.parse({ assigneeId: reviewer.id }),
    );

    const queue = (await listReviewQueue(reviewer, { articleId: article.id })).map((i) => [
      i.id,
      i.assignment?.overdue ?? null,
    ]);
    expect(queue).toEqual([
      [d!.id, true],
      [c!.id, false],
      [b!.id, false],
      [a!.id, null],
    ]);
    // Someone else's queue is not reordered by another person's assignments.
    const other = (
      await listReviewQueue(await createTestActor("reviewer"), { articleId: article.id })
    ).map((i) => i.id);
    expect(other).toEqual([a!.id, b!.id, c!.id, d!.id]);
  });

  it("a whole article's assignment puts its annotations first and lists the article, and the inbox says so with the due date", async () => {
    const editor = await createTestActor("editor", "Edna Editor");
    const author = await createTestActor("reviewer");
    const reviewer = await createTestActor("reviewer");
    const first = await createArticle(
      author,
      createArticleSchema.parse({ title: "Older story", body: "Alpha beta." }),
    );
    const older = await createAnnotation(author, first.id, at(0, "Alpha"));
    const second = await createArticle(
      author,
      createArticleSchema.parse({ title: "Whole story", body: "Gamma delta." }),
    );
    const newer = await createAnnotation(author, second.id, at(0, "Gamma"));
    await createAssignment(
      editor,
      { kind: "article", id: second.id },
      createAssignmentSchema.parse({ assigneeId: reviewer.id, dueAt: "2020-01-01T12:00:00Z" }),
    );

    const ids = (await listReviewQueue(reviewer)).map((i) => i.id);
    expect(ids.indexOf(newer.id)).toBe(0);
    // The rest of the queue is the oldest 200 of the whole (shared) test database: look for the older one in its own article's queue.
    expect((await listReviewQueue(reviewer, { articleId: first.id })).map((i) => i.id)).toEqual([
      older.id,
    ]);
    expect(await listMyOpenAssignments(reviewer)).toMatchObject([
      { annotationId: null, article: { id: second.id, title: "Whole story" }, overdue: true },
    ]);

    const [entry] = (await listNotifications(reviewer)).notifications;
    expect(entry).toMatchObject({
      kind: "assignment",
      actor: { name: "Edna Editor" },
      annotation: null,
      unavailable: null,
      assignment: {
        kind: "article",
        article: { title: "Whole story" },
        dueAt: "2020-01-01T12:00:00.000Z",
        overdue: true,
        done: false,
      },
    });
    expect(await openNotification(reviewer, entry!.id)).toBe(`/articles/${second.id}`);

    await removeAssignment(editor, { kind: "article", id: second.id }, 1);
    const after = (await listNotifications(reviewer)).notifications;
    expect(after.map((n) => [n.kind, n.assignment])).toEqual([
      ["unassignment", null],
      ["assignment", null],
    ]);
    expect(await listMyOpenAssignments(reviewer)).toEqual([]);
  });
});

describe("the dashboard's assignments", () => {
  it("counts open and overdue assignments per person, leaving out done ones", async () => {
    const { getArticleDashboard } = await import("@/lib/data/articles/article-dashboard");
    const { reviewAnnotation } = await import("@/lib/data/reviews/review-annotation");
    const editor = await createTestActor("editor");
    const author = await createTestActor("reviewer");
    const bob = await createTestActor("reviewer", "Bob");
    const carol = await createTestActor("reviewer", "Carol");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Counted", body: "One two three." }),
    );
    const [a, b, c] = [
      await createAnnotation(author, article.id, at(0, "One")),
      await createAnnotation(author, article.id, at(4, "two")),
      await createAnnotation(author, article.id, at(8, "three")),
    ];
    const give = (id: string, assigneeId: string, dueAt?: string) =>
      createAssignment(
        editor,
        { kind: "annotation", id },
        createAssignmentSchema.parse({ assigneeId, dueAt }),
      );
    await give(a!.id, bob.id, "2020-01-01");
    await give(b!.id, bob.id, "2099-01-01");
    await give(c!.id, carol.id, "2020-01-01");
    await createAssignment(
      editor,
      { kind: "article", id: article.id },
      createAssignmentSchema.parse({ assigneeId: carol.id }),
    );
    await reviewAnnotation(carol, c!.id, { verdict: "agree" });
    expect((await getArticleDashboard(editor, article.id)).assignments).toEqual([
      { id: bob.id, name: "Bob", open: 2, overdue: 1 },
      { id: carol.id, name: "Carol", open: 1, overdue: 0 },
    ]);
  });
});

describe("an assignment entry in the inbox", () => {
  it("says the article is archived, not deleted, when a reviewer can no longer read it", async () => {
    const { getDb } = await import("@/lib/db");
    const editor = await createTestActor("editor");
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      editor,
      createArticleSchema.parse({ title: "Soon archived", body: "Some text here." }),
    );
    await createAssignment(
      editor,
      { kind: "article", id: article.id },
      createAssignmentSchema.parse({ assigneeId: reviewer.id }),
    );
    await (
      await getDb()
    ).article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    const [entry] = (await listNotifications(reviewer)).notifications;
    expect(entry).toMatchObject({
      kind: "assignment",
      annotation: null,
      unavailable: "archived",
      assignment: null,
    });
    expect(JSON.stringify(entry)).not.toContain("Soon archived");
  });
});
