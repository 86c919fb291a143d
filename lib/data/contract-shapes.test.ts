import { beforeAll, describe, expect, it } from "vitest";
import { annotationListSchema, annotationViewSchema } from "@/lib/contracts/annotation";
import {
  articleDetailSchema,
  articleFacetsSchema,
  articleSummarySchema,
  publicationStateSchema,
  revisionAnswerSchema,
} from "@/lib/contracts/article";
import {
  assigneesSchema,
  assignmentViewSchema,
  maybeAssignmentAnswerSchema,
  myAssignmentSchema,
} from "@/lib/contracts/assignment";
import { annotationChangesSchema } from "@/lib/contracts/changes";
import { claimSuggestionsSchema } from "@/lib/contracts/claims";
import { historySchema } from "@/lib/contracts/history";
import { notificationViewSchema } from "@/lib/contracts/notification";
import { replyListSchema } from "@/lib/contracts/reply";
import { queueItemSchema } from "@/lib/contracts/review-queue";
import { userSummarySchema } from "@/lib/contracts/user";
import { versionAnnotationSchema, versionSummarySchema } from "@/lib/contracts/versions";
import { z } from "@/lib/contracts/zod";
import { annotatedArticle } from "@/lib/testing/annotated-article";
import { createTestActor } from "@/lib/testing/factories";
import { createAssignmentSchema } from "@/lib/validation/assignments";
import { updateArticleSchema } from "@/lib/validation/articles";
import { listUsers } from "@/lib/data/people/admin-users";
import { listAnnotationChanges } from "@/lib/data/annotations/annotation-changes";
import { listAnnotationHistory } from "@/lib/data/annotations/annotation-history";
import { listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { loadArticleForReading } from "@/lib/data/annotations/reader-annotations";
import { listArticleFacets } from "@/lib/data/articles/article-facets";
import { getArticle, listArticles } from "@/lib/data/articles/articles";
import { getVersion, listVersions } from "@/lib/data/articles/article-versions";
import { listAssignablePeople } from "@/lib/data/assignments/assignees";
import { createAssignment, getAssignment } from "@/lib/data/assignments/assignments";
import { listClaimSuggestions } from "@/lib/data/articles/claim-suggestions";
import { listMyOpenAssignments } from "@/lib/data/assignments/my-assignments";
import { listNotifications } from "@/lib/data/notifications/notifications";
import { publishArticle } from "@/lib/data/articles/publications";
import { listReplies } from "@/lib/data/reviews/replies";
import { listReviewQueue } from "@/lib/data/reviews/review-queue";
import { updateArticle } from "@/lib/data/articles/update-article";

/**
 * What the data layer answers parses with the contract the pages check it against, and loses
 * nothing on the way: zod drops keys a schema does not name, so a field added to a builder but
 * not to its contract would vanish in the browser. Checked here, not at run time on the server
 * (the change feed and the outline are hot paths).
 */
function expectContract<S extends z.ZodMiniType>(schema: S, value: unknown) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  expect(parsed.data).toEqual(value);
}

describe("the data layer's answers fit lib/contracts", () => {
  let fixture: Awaited<ReturnType<typeof annotatedArticle>>;
  beforeAll(async () => {
    fixture = await annotatedArticle();
  }, 30_000);

  it("annotations with sources, reviews, a settlement, replies, an external author and an orphan", async () => {
    const { alice, article } = fixture;
    const annotations = await listAnnotationsForArticle(alice, article.id);
    // The fixture really has what the schema must carry, so the check below covers it.
    expect(annotations.some((a) => a.sources.some((s) => s.accessedAt !== null))).toBe(true);
    expect(
      annotations.some((a) => a.reviews.length === 2 && a.settlement && a.replyCount > 0),
    ).toBe(true);
    expect(annotations.some((a) => a.author.id === null && a.tags.length > 0)).toBe(true);
    expect(annotations.some((a) => a.orphan && a.anchorState === "orphaned")).toBe(true);
    expectContract(annotationListSchema, { annotations });

    const reading = await loadArticleForReading(alice, article.id);
    for (const detail of reading.details) expectContract(annotationViewSchema, detail);
  });

  it("replies, history and the change feed", async () => {
    const { alice, article } = fixture;
    const annotations = await listAnnotationsForArticle(alice, article.id);
    const discussed = annotations.find((a) => a.replyCount > 0)!;
    const replies = await listReplies(alice, discussed.id);
    expect(replies.some((r) => r.deleted) && replies.some((r) => r.parentId !== null)).toBe(true);
    expectContract(replyListSchema, { replies });
    expectContract(historySchema, { events: await listAnnotationHistory(alice, discussed.id) });
    const changes = await listAnnotationChanges(alice, article.id, 0);
    expect(changes.annotations.length).toBeGreaterThan(0);
    expectContract(annotationChangesSchema, changes);
  });

  it("articles, versions, a revision's report, facets and the public report's state", async () => {
    const { alice, ed, article } = fixture;
    expectContract(articleDetailSchema, await getArticle(alice, article.id));
    const listed = await listArticles(alice);
    for (const summary of listed.slice(0, 5)) expectContract(articleSummarySchema, summary);
    expectContract(articleFacetsSchema, await listArticleFacets(alice));
    const versions = await listVersions(alice, article.id);
    expect(versions.some((v) => v.reanchored !== null)).toBe(true);
    for (const version of versions) expectContract(versionSummarySchema, version);
    const first = await getVersion(alice, article.id, 1);
    for (const a of first.annotations) expectContract(versionAnnotationSchema, a);

    const current = await getArticle(alice, article.id);
    const revision = await updateArticle(
      alice,
      article.id,
      updateArticleSchema.parse({ version: current.version, body: `${current.body}\n\nAdded.` }),
    );
    // The page reads only part of the article it gets back: the rest is left out, not an error.
    const answer = revisionAnswerSchema.parse(revision);
    expect(answer.reanchoring).toStrictEqual(revision.reanchoring);
    expect(answer.article).toStrictEqual({
      id: revision.article.id,
      version: revision.article.version,
      body: revision.article.body,
    });
    expectContract(publicationStateSchema, await publishArticle(ed, article.id));
  });

  it("assignments, the review queue, notifications, claim suggestions and users", async () => {
    const { alice, bob, ed, article } = fixture;
    const annotations = await listAnnotationsForArticle(alice, article.id);
    const target = { kind: "annotation" as const, id: annotations[0]!.id };
    const assignment = await createAssignment(
      ed,
      target,
      createAssignmentSchema.parse({ assigneeId: bob.id, dueAt: "2030-01-01T00:00:00.000Z" }),
    );
    expectContract(assignmentViewSchema, assignment);
    expectContract(maybeAssignmentAnswerSchema, { assignment: await getAssignment(ed, target) });
    expectContract(assigneesSchema, { people: await listAssignablePeople(ed) });
    for (const mine of await listMyOpenAssignments(bob)) expectContract(myAssignmentSchema, mine);

    const queue = await listReviewQueue(bob, { articleId: article.id });
    expect(queue.length).toBeGreaterThan(0);
    for (const item of queue) expectContract(queueItemSchema, item);

    // Bob's: reviews and replies on his annotation, and the assignment just given to him.
    const inbox = await listNotifications(bob);
    const kinds = new Set(inbox.notifications.map((n) => n.kind));
    expect(["review", "reply", "assignment"].every((kind) => kinds.has(kind as never))).toBe(true);
    for (const entry of inbox.notifications) expectContract(notificationViewSchema, entry);

    expectContract(claimSuggestionsSchema, await listClaimSuggestions(alice, article.id));
    const admin = await createTestActor("admin");
    const users = await listUsers(admin);
    for (const user of users.slice(0, 20)) expectContract(userSummarySchema, user);
  });
});
