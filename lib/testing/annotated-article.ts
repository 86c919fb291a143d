import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { createReply, deleteReply, updateReply } from "@/lib/data/reviews/replies";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { updateArticle } from "@/lib/data/articles/update-article";
import { parseWebAnnotations } from "@/lib/import";
import type { Actor } from "@/lib/permissions/roles";
import { createAnnotationSchema } from "@/lib/validation/annotations";
import { createArticleSchema, updateArticleSchema } from "@/lib/validation/articles";
import { createTestActor } from "./factories";

/** Text in several scripts, so that offsets in code points and in UTF-16 code units differ after the first line. */
const MIXED_SCRIPT_BODY = [
  "Prices 📈 rose 3 percent in May, the minister said.",
  "👩‍👩‍👧 families felt it first. Cafe\u0301 owners complained about rent.",
  "東京の物価は上がった。 وقال الوزير إن الأسعار ارتفعت.",
  "Officials did not respond to requests for comment.",
].join("\n\n");

export const TEST_BASE_URL = "https://factmark.test";

const annotate = (actor: Actor, articleId: string, input: unknown) =>
  createAnnotation(actor, articleId, createAnnotationSchema.parse(input));

const span = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, exact: quote };
};

/** A Hypothesis annotation by someone with no account here, with tags (one names a status). */
const HYPOTHESIS_ROW = {
  id: "hyp-1",
  user: "acct:mark@hypothes.is",
  user_info: { display_name: "Mark Hypothesis" },
  created: "2016-12-16T11:20:43.422Z",
  updated: "2016-12-17T08:00:00.000Z",
  text: "Rent figures are from 2019.",
  tags: ["economy", "Disputed", "rent control"],
  target: [
    {
      source: "https://news.example/story",
      selector: [
        {
          type: "TextQuoteSelector",
          exact: "complained about rent",
          prefix: "owners ",
          suffix: ".",
        },
      ],
    },
  ],
};

/**
 * An article with everything an annotation can carry: sources (with and without an accessed date),
 * reviews (agreement, disagreement with a reason and proposed status), an editor's settlement, a
 * thread of replies (an answer to a reply, an edited one, a deleted one), an external author with
 * tags (imported from Hypothesis), quotes in emoji, joined emoji, combining accents, CJK and RTL
 * text, and an orphan (its text revised away).
 */
export async function annotatedArticle() {
  const alice = await createTestActor("reviewer", "Alice Author");
  const bob = await createTestActor("reviewer", "Bob Reviewer");
  const carol = await createTestActor("reviewer", "Carol Checker");
  const ed = await createTestActor("editor", "Ed Editor");
  const body = MIXED_SCRIPT_BODY;
  const article = await createArticle(
    alice,
    createArticleSchema.parse({ title: "Round trip", body }),
  );
  await annotate(alice, article.id, {
    status: "sourced",
    note: "Matches the *official* release.",
    sources: [
      {
        url: "https://stats.example.org/may",
        title: "May release",
        quote: "3.0%",
        accessedAt: "2024-06-02T00:00:00.000Z",
      },
      { url: "https://stats.example.org/april", title: "", quote: "", accessedAt: null },
    ],
    target: span(body, "rose 3 percent"),
  });
  const disputed = await annotate(bob, article.id, {
    status: "disputed",
    note: "Tokyo prices fell.",
    sources: [],
    target: span(body, "東京の物価は上がった"),
  });
  await reviewAnnotation(alice, disputed.id, {
    verdict: "disagree",
    reason: "The figure is for Osaka",
    proposedStatus: "unverified",
  });
  const reviewed = await reviewAnnotation(carol, disputed.id, { verdict: "agree" });
  await settleAnnotation(ed, disputed.id, {
    decision: "approved",
    comment: "Checked with the bureau.",
    version: reviewed.version,
  });
  const first = await createReply(alice, disputed.id, { body: "Which bureau?" });
  const answer = await createReply(bob, disputed.id, {
    body: "The statistics bureau.",
    parentId: first.id,
  });
  const gone = await createReply(carol, disputed.id, { body: "Never mind." });
  await deleteReply(carol, gone.id);
  // Edited over a second later, so the reply shows as edited.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await updateReply(bob, answer.id, "The national statistics bureau.");
  await annotate(alice, article.id, {
    status: "unverified",
    note: "",
    sources: [],
    target: span(body, "وقال الوزير"),
  });
  await annotate(bob, article.id, {
    status: "disputed",
    note: "Which families?",
    sources: [],
    target: span(body, "👩‍👩‍👧 families"),
  });
  await annotate(carol, article.id, {
    status: "unverified",
    note: "Accent kept.",
    sources: [],
    target: span(body, "Cafe\u0301 owners"),
  });
  const hypothesis = parseWebAnnotations({ rows: [HYPOTHESIS_ROW] });
  await importAnnotations(ed, article.id, hypothesis.annotations, [], { baseUrl: TEST_BASE_URL });
  await annotate(alice, article.id, {
    status: "unverified",
    note: "Will be orphaned.",
    sources: [],
    target: span(body, "Officials did not respond"),
  });
  const revised = body.replace(
    "Officials did not respond to requests for comment.",
    "No comment was given.",
  );
  await updateArticle(
    alice,
    article.id,
    updateArticleSchema.parse({ version: article.version, body: revised }),
  );
  return { alice, bob, carol, ed, article, body: revised };
}
