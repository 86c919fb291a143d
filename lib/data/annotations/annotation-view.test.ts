import { describe, expect, it } from "vitest";
import { annotationViewSchema, type AnnotationView } from "@/lib/contracts/annotation";
import { draftAnnotationView } from "@/lib/contracts/build-annotation-view";
import { expandOutline } from "@/lib/contracts/outline";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { loadArticleForReading } from "@/lib/data/annotations/reader-annotations";
import { createArticle } from "@/lib/data/articles/articles";

/** Every key of the contract, so a path that leaves one out (or adds one) shows here. */
const CONTRACT_KEYS = Object.keys(annotationViewSchema.shape).sort();
const keysOf = (view: object) =>
  Object.keys(view)
    .filter((key) => key !== "partial")
    .sort();

/** What a new annotation's three views must agree on, whichever path built them. */
const shared = (view: AnnotationView) => ({
  id: view.id,
  articleId: view.articleId,
  status: view.status,
  anchor: view.anchor && { start: view.anchor.start, end: view.anchor.end },
  orphan: view.orphan,
  anchorState: view.anchorState,
  exactBefore: view.exactBefore,
  author: view.author,
  ownerId: view.ownerId,
  tags: view.tags,
  reviewState: view.reviewState,
  settlement: view.settlement,
  createdAt: view.createdAt,
  reviews: view.reviews,
  replyCount: view.replyCount,
});

describe("one builder of the annotation view", () => {
  it("gives the same shape from a row (toAnnotationView), its outline row (expandOutline) and the reader's optimistic copy", async () => {
    const reviewer = await createTestActor("reviewer", "Vera View");
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Views", body: "The council voted 7 to 2 on Monday." }),
    );
    const exact = "voted 7 to 2";
    const start = article.body.indexOf(exact);
    const target = {
      start,
      end: start + exact.length,
      exact,
      prefix: "The council ",
      suffix: " on Monday.",
    };
    const draft = {
      status: "sourced" as const,
      note: "The minutes say so.",
      sources: [{ url: "https://example.org/minutes", title: "Minutes", quote: "7-2" }],
    };
    const created = await createAnnotation(reviewer, article.id, {
      ...draft,
      sources: draft.sources.map((s) => ({ ...s, accessedAt: null })),
      target,
    });

    const { outline, details } = await loadArticleForReading(reviewer, article.id);
    const fromRow = details.find((a) => a.id === created.id)!;
    const fromOutline = expandOutline(outline).find((a) => a.id === created.id)!;
    const optimistic = draftAnnotationView({
      id: created.id,
      articleId: article.id,
      target,
      draft,
      author: { id: reviewer.id, name: reviewer.name },
      now: created.createdAt,
    });

    for (const view of [fromRow, fromOutline, optimistic]) {
      expect(keysOf(view)).toEqual(CONTRACT_KEYS);
      expect(annotationViewSchema.safeParse(view).success).toBe(true);
    }
    expect(shared(fromOutline)).toEqual(shared(fromRow));
    expect(shared(optimistic)).toEqual(shared(fromRow));
    // The optimistic copy also knows what the user typed, as the server then stores it.
    expect({
      note: optimistic.note,
      sources: optimistic.sources,
      target: optimistic.target,
    }).toEqual({ note: fromRow.note, sources: fromRow.sources, target: fromRow.target });
    expect(fromOutline.partial).toBe(true);
  });
});
