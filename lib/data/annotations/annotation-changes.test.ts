import { describe, expect, it } from "vitest";
import { parseWebAnnotations } from "@/lib/import";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { changeSeqSchema } from "@/lib/validation/change-cursor";
import type { AnnotationView } from "@/lib/contracts/annotation";
import {
  CHANGE_PAGE,
  latestChangeSeq,
  listAnnotationChanges,
} from "@/lib/data/annotations/annotation-changes";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { deleteAnnotation, restoreAnnotation } from "@/lib/data/annotations/delete-annotation";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { createReply, deleteReply } from "@/lib/data/reviews/replies";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";
import { updateArticle } from "@/lib/data/articles/update-article";

const BODY =
  "The council approved a budget of 12 million dollars on Monday.\n\nCritics said fees would double.";
const EXACT = "12 million dollars";
const START = BODY.indexOf(EXACT);

function collection(count: number) {
  const items = Array.from({ length: count }, (_, i) => ({
    type: "Annotation",
    id: `urn:test:${i}`,
    body: [
      { type: "TextualBody", value: `Imported note ${i}`, purpose: "commenting" },
      { type: "TextualBody", value: "unverified", purpose: "assessing" },
    ],
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: EXACT },
        { type: "TextPositionSelector", start: START, end: START + EXACT.length },
      ],
    },
  }));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: count,
    first: { type: "AnnotationPage", items },
  };
}

const newArticle = (actor: Actor, title: string) =>
  createArticle(actor, createArticleSchema.parse({ title, body: BODY }));

/** Everything after `cursor`, page by page, as a client reconnecting with its last seq reads it. */
async function readAll(actor: Actor, articleId: string, cursor: number) {
  const annotations: AnnotationView[] = [];
  const deletedIds: string[] = [];
  let pages = 0;
  let articleVersion = 0;
  for (;;) {
    const answer = await listAnnotationChanges(actor, articleId, cursor);
    pages += 1;
    expect(answer.annotations.length + answer.deletedIds.length).toBeLessThanOrEqual(CHANGE_PAGE);
    annotations.push(...answer.annotations);
    deletedIds.push(...answer.deletedIds);
    articleVersion = answer.articleVersion;
    const next = Number(answer.cursor);
    expect(next).toBeGreaterThanOrEqual(cursor);
    cursor = next;
    if (!answer.hasMore) break;
    expect(pages).toBeLessThan(50);
  }
  return { annotations, deletedIds, pages, cursor, articleVersion };
}

describe("the change feed", () => {
  it("gives a page that reconnects after a 5,000-annotation import every one of them, in order, in pages", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await newArticle(reviewer, "Live import");
    const opened = await latestChangeSeq(reviewer, article.id);
    const { annotations: parsed, errors } = parseWebAnnotations(collection(5000));
    expect(errors).toEqual([]);
    expect((await importAnnotations(reviewer, article.id, parsed)).imported).toBe(5000);

    const first = await readAll(reviewer, article.id, opened);
    expect(first.pages).toBe(Math.ceil(5000 / CHANGE_PAGE));
    expect(first.annotations.map((a) => a.note)).toEqual(
      Array.from({ length: 5000 }, (_, i) => `Imported note ${i}`),
    );
    expect(await latestChangeSeq(reviewer, article.id)).toBe(first.cursor);

    // Later changes come after that cursor: a deletion by id only, and nothing else again.
    const one = first.annotations[0]!.id;
    await deleteAnnotation(reviewer, one, 1);
    const later = await readAll(reviewer, article.id, first.cursor);
    expect(later.deletedIds).toEqual([one]);
    expect(later.annotations).toEqual([]);
  }, 120_000);

  it("hears of every kind of change to an annotation and of a revision of the article", async () => {
    const author = await createTestActor("reviewer");
    const colleague = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const article = await newArticle(author, "Every change");
    let cursor = await latestChangeSeq(author, article.id);
    const next = async (what: string) => {
      const answer = await readAll(colleague, article.id, cursor);
      expect(answer.cursor, what).toBeGreaterThan(cursor);
      cursor = answer.cursor;
      return answer;
    };

    const created = await createAnnotation(author, article.id, {
      status: "disputed",
      note: "Doubtful.",
      sources: [],
      target: { start: START, end: START + EXACT.length, exact: EXACT, prefix: "", suffix: "" },
    });
    expect((await next("create")).annotations.map((a) => a.id)).toEqual([created.id]);

    const edited = await updateAnnotation(author, created.id, {
      note: "Very doubtful.",
      version: created.version,
    });
    expect((await next("update")).annotations).toMatchObject([{ note: "Very doubtful." }]);

    await reviewAnnotation(colleague, created.id, { verdict: "disagree", reason: "It is right." });
    expect((await next("review")).annotations[0]!.reviews).toMatchObject([
      { verdict: "disagree", reason: "It is right." },
    ]);

    const reply = await createReply(colleague, created.id, { body: "See the minutes." });
    expect((await next("reply")).annotations).toMatchObject([{ replyCount: 1 }]);
    await deleteReply(colleague, reply.id);
    expect((await next("reply deleted")).annotations).toMatchObject([{ replyCount: 0 }]);

    const settled = await settleAnnotation(editor, created.id, {
      decision: "rejected",
      version: edited.version,
    });
    expect((await next("settle")).annotations).toMatchObject([{ reviewState: "rejected" }]);

    await deleteAnnotation(author, created.id, settled.version);
    expect((await next("delete")).deletedIds).toEqual([created.id]);
    await restoreAnnotation(author, created.id);
    expect((await next("restore")).annotations.map((a) => a.id)).toEqual([created.id]);

    const { annotations: parsed } = parseWebAnnotations(collection(2));
    await importAnnotations(author, article.id, parsed);
    expect((await next("import")).annotations.map((a) => a.note)).toEqual([
      "Imported note 0",
      "Imported note 1",
    ]);

    await updateArticle(author, article.id, { version: 1, body: `Breaking. ${BODY}` });
    expect((await next("revision")).articleVersion).toBe(2);
  });

  it("checks the reader may see the article on every read", async () => {
    const owner = await createTestActor("reviewer");
    const article = await newArticle(owner, "Access");
    const viewer = await createTestActor("viewer");
    await expect(listAnnotationChanges(viewer, "no-such-article", 0)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listAnnotationChanges(viewer, article.id, 0)).resolves.toMatchObject({
      hasMore: false,
    });
  });

  it("reads a seq and refuses anything else", () => {
    expect(changeSeqSchema.parse("0")).toBe(0);
    expect(changeSeqSchema.parse("123456")).toBe(123456);
    for (const bad of ["", "-1", "1.5", "2026-12-01T10:00:00.000Z", "1e9", "1234567890123456"])
      expect(changeSeqSchema.safeParse(bad).success, bad).toBe(false);
  });
});
