import { describe, expect, it } from "vitest";
import { parseWebAnnotations } from "@/lib/import";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { listRepliesOfReadable } from "@/lib/data/reviews/replies";

const BODY =
  "The council approved a budget of 12 million dollars.\n\nCritics said parking fees would double by spring.";

/** Rows as Hypothesis' search API gives them: an annotation, two replies to it (one answering the other), a page note. */
const ROWS = [
  {
    id: "root",
    user: "acct:mark@hypothes.is",
    user_info: { display_name: "Mark Hypothesis" },
    created: "2016-12-16T11:20:43.422096+00:00",
    updated: "2016-12-18T09:00:00.000000+00:00",
    text: "The budget was 14 million.",
    tags: ["budget", "Disputed", "city hall", "budget"],
    target: [
      {
        source: "https://news.example/story",
        selector: [
          { type: "TextPositionSelector", start: 23, end: 52 },
          {
            type: "TextQuoteSelector",
            exact: "a budget of 12 million dollars",
            prefix: "approved ",
            suffix: ".\n\nCritics",
          },
        ],
      },
    ],
  },
  {
    id: "answer",
    user: "acct:jo@hypothes.is",
    created: "2016-12-17T10:00:00+00:00",
    updated: "2016-12-17T10:00:00+00:00",
    text: "Source?",
    references: ["root"],
    target: [{ source: "https://news.example/story" }],
  },
  {
    id: "answer-2",
    user: "acct:mark@hypothes.is",
    user_info: { display_name: "Mark Hypothesis" },
    created: "2016-12-17T11:00:00+00:00",
    text: "The minutes, page 4.",
    references: ["root", "answer"],
    target: [{ source: "https://news.example/story" }],
  },
  {
    id: "page-note",
    user: "acct:mark@hypothes.is",
    created: "2016-12-16T12:00:00+00:00",
    text: "A note on the whole page.",
    tags: [],
    target: [{ source: "https://news.example/story" }],
  },
];

describe("importing Hypothesis annotations", () => {
  it("keeps the Hypothesis user and dates, tags that are not statuses, replies as replies, and reports page notes as skipped", async () => {
    const importer = await createTestActor("reviewer", "Ivy Importer");
    const article = await createArticle(
      importer,
      createArticleSchema.parse({ title: "Hypothesis import", body: BODY }),
    );
    const parsed = parseWebAnnotations({ total: ROWS.length, rows: ROWS });
    const report = await importAnnotations(
      importer,
      article.id,
      parsed.annotations,
      parsed.skipped,
    );
    expect(report).toMatchObject({
      imported: 1,
      exact: 1,
      replies: 2,
      skipped: [{ index: 3, reason: expect.stringMatching(/^a page note/) }],
    });

    const [annotation] = await listAnnotationsForArticle(importer, article.id);
    expect(annotation).toMatchObject({
      status: "disputed",
      note: "The budget was 14 million.",
      // Who wrote it stays who wrote it; the importer only owns it here.
      author: { id: null, name: "Mark Hypothesis", externalId: "acct:mark@hypothes.is" },
      ownerId: importer.id,
      tags: ["budget", "city hall"],
      createdAt: "2016-12-16T11:20:43.422Z",
      modifiedAt: "2016-12-18T09:00:00.000Z",
      replyCount: 2,
    });
    const replies = (await listRepliesOfReadable([annotation!.id])).get(annotation!.id)!;
    expect(
      replies.map((r) => ({
        body: r.body,
        author: r.author,
        createdAt: r.createdAt,
        owner: r.ownerId,
      })),
    ).toEqual([
      {
        body: "Source?",
        author: { id: null, name: "jo", externalId: "acct:jo@hypothes.is" },
        createdAt: "2016-12-17T10:00:00.000Z",
        owner: importer.id,
      },
      {
        body: "The minutes, page 4.",
        author: { id: null, name: "Mark Hypothesis", externalId: "acct:mark@hypothes.is" },
        createdAt: "2016-12-17T11:00:00.000Z",
        owner: importer.id,
      },
    ]);
    // The second answers the first: the thread keeps its shape.
    expect(replies[1]!.parentId).toBe(replies[0]!.id);
    expect(replies[0]!.parentId).toBeNull();
  });

  it("skips a reply whose annotation is not in the file, saying why", () => {
    const { annotations, skipped } = parseWebAnnotations({ rows: [ROWS[1]] });
    expect(annotations).toEqual([]);
    expect(skipped).toEqual([
      { index: 0, reason: 'a reply to "root", which is not an annotation in this file' },
    ]);
  });
});
