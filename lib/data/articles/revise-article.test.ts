import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/articles";
import { settleSchema } from "@/lib/validation/reviews";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { getVersion, listVersions } from "@/lib/data/articles/article-versions";
import { diffVersions } from "@/lib/data/articles/version-diff";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { updateArticle } from "@/lib/data/articles/update-article";

const PARAGRAPHS = [
  "The council approved a budget of 12 million dollars on Monday, officials said after a long meeting.",
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied on Tuesday.",
  "According to two people familiar with the talks, the vote was delayed twice before it finally passed.",
  "The mayor thanked residents for their patience during a long and often heated public debate.",
];
const BODY = PARAGRAPHS.join("\n\n");

const on = (body: string, exact: string) => {
  const start = body.indexOf(exact);
  return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
};

describe("revising an article", () => {
  it("re-anchors every annotation once at save, reports and records each result, and notifies the authors", async () => {
    const author = await createTestActor("reviewer", "Ada Author");
    const editor = await createTestActor("editor", "Eve Editor");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Budget", body: BODY }),
    );
    const annotate = (exact: string) =>
      createAnnotation(author, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: on(BODY, exact),
      });
    const changed = await annotate("a budget of 12 million dollars");
    const moved = await annotate("double parking fees by next spring");
    const orphaned = await annotate("the vote was delayed twice");
    const exact = await annotate("thanked residents for their patience");
    const deleted = await annotate("officials said");
    await deleteAnnotation(author, deleted.id, deleted.version);
    // Settled before the revision: the reworded one goes back for review, the moved one keeps its decision.
    await settleAnnotation(
      editor,
      changed.id,
      settleSchema.parse({ decision: "approved", version: 1 }),
    );
    await settleAnnotation(
      editor,
      moved.id,
      settleSchema.parse({ decision: "approved", version: 1 }),
    );
    // Reviewed before the revision: the review of the reworded one judged other words, the moved one's still holds.
    const reviewer = await createTestActor("reviewer");
    await reviewAnnotation(reviewer, changed.id, { verdict: "agree" });
    await reviewAnnotation(reviewer, moved.id, { verdict: "agree" });

    const revised = [
      PARAGRAPHS[0]!.replace("12 million", "14 million"),
      PARAGRAPHS[3],
      "The vote passed on the third attempt.",
      PARAGRAPHS[1],
    ].join("\n\n");
    const input = updateArticleSchema.parse({
      version: 1,
      format: "markdown",
      content: `${revised.replace("The vote passed", "The vote **passed**")}`,
    });
    const { article: after, reanchoring } = await updateArticle(editor, article.id, input);
    expect(after.version).toBe(2);
    expect(after.body).toBe(revised);
    expect(
      after.blocks?.some((b) => b.type === "paragraph" && b.inlines.some((i) => i.strong)),
    ).toBe(true);
    expect(reanchoring).toEqual({
      exact: [],
      moved: expect.arrayContaining([moved.id, exact.id]),
      changed: [
        {
          id: changed.id,
          before: "a budget of 12 million dollars",
          after: "a budget of 14 million dollars",
        },
      ],
      orphaned: [orphaned.id],
      quotes: {
        [changed.id]: "a budget of 12 million dollars",
        [moved.id]: "double parking fees by next spring",
        [exact.id]: "thanked residents for their patience",
        [orphaned.id]: "the vote was delayed twice",
      },
    });
    expect(reanchoring!.moved).toHaveLength(2);

    // Stored: targets on the new text, so reading finds each at its position without searching.
    const read = await listAnnotationsForArticle(author, article.id);
    const byId = new Map(read.map((a) => [a.id, a]));
    for (const id of [changed.id, moved.id, exact.id]) {
      const view = byId.get(id)!;
      expect(view.anchor?.method).toBe("position");
      expect(revised.slice(view.anchor!.start, view.anchor!.end)).toBe(view.target.exact);
    }
    expect(byId.get(changed.id)).toMatchObject({
      anchorState: "changed",
      exactBefore: "a budget of 12 million dollars",
      target: { exact: "a budget of 14 million dollars" },
      reviewState: "open",
      version: 3,
    });
    expect(byId.get(moved.id)).toMatchObject({ reviewState: "approved", version: 2 });
    expect(byId.get(changed.id)!.reviews).toEqual([
      expect.objectContaining({
        reviewer: expect.objectContaining({ id: reviewer.id }),
        onPreviousVersion: true,
      }),
    ]);
    expect(byId.get(moved.id)!.reviews[0]).not.toHaveProperty("onPreviousVersion");
    expect(byId.get(orphaned.id)).toMatchObject({
      orphan: true,
      anchorState: "orphaned",
      target: { exact: "the vote was delayed twice" },
    });

    const db = await getDb();
    const anchors = await db.annotationAnchor.findMany({
      where: { articleId: article.id },
      orderBy: [{ articleVersion: "asc" }],
    });
    expect(
      anchors
        .filter((a) => a.articleVersion === 1)
        .map((a) => a.annotationId)
        .sort(),
    ).toEqual([changed.id, moved.id, orphaned.id, exact.id, deleted.id].sort());
    expect(
      anchors.find((a) => a.articleVersion === 1 && a.annotationId === moved.id),
    ).toMatchObject({
      start: BODY.indexOf("double parking"),
      exact: "double parking fees by next spring",
    });
    expect(
      anchors.find((a) => a.articleVersion === 2 && a.annotationId === orphaned.id),
    ).toMatchObject({ result: "orphaned", start: null, end: null });

    const reworded = await db.auditEvent.findMany({
      where: { articleId: article.id, action: "annotation.reworded" },
    });
    expect(reworded.map((e) => [e.entityId, e.actorId, JSON.parse(e.after!)])).toEqual([
      [
        changed.id,
        editor.id,
        { target: { exact: "a budget of 14 million dollars" }, reviewState: "open" },
      ],
    ]);
    const notices = await db.notification.findMany({
      where: {
        userId: author.id,
        kind: { in: ["moved", "changed", "orphaned"] },
        annotationId: { in: [changed.id, moved.id, orphaned.id, exact.id, deleted.id] },
      },
    });
    expect(notices.map((n) => `${n.annotationId}:${n.kind}`).sort()).toEqual(
      [
        `${changed.id}:changed`,
        `${moved.id}:moved`,
        `${orphaned.id}:orphaned`,
        `${exact.id}:moved`,
      ].sort(),
    );
    expect(
      (
        await db.articleRevision.findUniqueOrThrow({
          where: { articleId_version: { articleId: article.id, version: 2 } },
        })
      ).content,
    ).toContain('"strong":true');

    // A second revision starts from where the first left each annotation; an untouched one stays exact.
    const { reanchoring: second } = await updateArticle(editor, article.id, {
      version: 2,
      body: `${revised}\n\nUpdate: a correction was added.`,
    });
    expect(second!.exact.sort()).toEqual([changed.id, moved.id, exact.id].sort());
    expect(second!.orphaned).toEqual([orphaned.id]);
  });

  it("refuses a stale version and writes nothing", async () => {
    const author = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Stale", body: BODY }),
    );
    const note = await createAnnotation(author, article.id, {
      status: "unverified",
      note: "",
      sources: [],
      target: on(BODY, "the mayor denied"),
    });
    await updateArticle(author, article.id, { version: 1, body: `${BODY}\n\nMore.` });
    await expect(
      updateArticle(author, article.id, { version: 1, body: "Something else." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const db = await getDb();
    expect(await db.annotationAnchor.count({ where: { annotationId: note.id } })).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(2);
  });

  it("refuses more than one new text, and a re-fetch without a URL", async () => {
    expect(
      updateArticleSchema.safeParse({ version: 1, body: "a", format: "text", content: "b" })
        .success,
    ).toBe(false);
    expect(updateArticleSchema.safeParse({ version: 1, format: "text" }).success).toBe(false);
    expect(updateArticleSchema.safeParse({ version: 1, refetch: true, body: "x" }).success).toBe(
      false,
    );
    const author = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "No URL", body: BODY }),
    );
    await expect(
      updateArticle(author, article.id, { version: 1, refetch: true }),
    ).rejects.toMatchObject({ code: "VALIDATION", details: { reason: "no_url" } });
  });

  it("lists versions, opens an older one with its anchors as they were, and diffs two with the annotations touched", async () => {
    const author = await createTestActor("reviewer");
    const viewer = await createTestActor("viewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Versions", body: BODY }),
    );
    const annotate = (exact: string) =>
      createAnnotation(author, article.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: on(BODY, exact),
      });
    const changed = await annotate("a budget of 12 million dollars");
    const orphaned = await annotate("the vote was delayed twice");
    const untouched = await annotate("the mayor denied");
    const revised = BODY.replace("12 million", "14 million").replace(
      PARAGRAPHS[2]!,
      "The vote passed on the third attempt.",
    );
    await updateArticle(author, article.id, { version: 1, body: revised });

    const versions = await listVersions(viewer, article.id);
    expect(versions.map((v) => [v.version, v.source, v.reanchored])).toEqual([
      // "the mayor denied" kept its words and offsets, but its stored suffix reached into the replaced paragraph: moved.
      [2, "edit", { exact: 0, moved: 1, changed: 1, orphaned: 1 }],
      [1, "create", null],
    ]);
    const first = await getVersion(viewer, article.id, 1);
    expect(first).toMatchObject({ version: 1, body: BODY, current: false });
    expect(first.annotations.map((a) => [a.id, BODY.slice(a.start, a.end)])).toEqual([
      [changed.id, "a budget of 12 million dollars"],
      [untouched.id, "the mayor denied"],
      [orphaned.id, "the vote was delayed twice"],
    ]);
    const second = await getVersion(viewer, article.id, 2);
    expect(second.current).toBe(true);
    expect(second.annotations.map((a) => a.id)).toEqual([changed.id, untouched.id]);

    const diff = await diffVersions(viewer, article.id, 1, 2);
    expect(
      diff.segments
        .filter((s) => s.op === "delete")
        .map((s) => s.text)
        .join("|"),
    ).toContain("12");
    expect(diff.touched.map((a) => [a.id, a.resultInTo])).toEqual([
      [changed.id, "changed"],
      [orphaned.id, "orphaned"],
    ]);
    await expect(getVersion(viewer, article.id, 3)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
