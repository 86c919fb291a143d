import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { parseWebAnnotations } from "@/lib/import";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { listAnnotationHistory } from "@/lib/data/annotations/annotation-history";
import { listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";

const BASE = "https://factmark.test";
const BODY = "The council approved a budget of 12 million dollars.";
const person = (name: string, id?: string) => ({ ...(id ? { id } : {}), type: "Person", name });
const elsewhere = (name: string) =>
  person(name, `https://other.example/users/${name.toLowerCase()}`);

/** One annotation as a Factmark export writes it, with the review state, reviews and settlement given. */
function file(extra: Record<string, unknown>) {
  return {
    type: "AnnotationCollection",
    first: {
      type: "AnnotationPage",
      items: [
        {
          id: "https://other.example/articles/a?annotation=x",
          type: "Annotation",
          motivation: "assessing",
          creator: elsewhere("Olga"),
          created: "2024-05-01T10:00:00.000Z",
          body: [{ type: "TextualBody", value: "disputed", purpose: "assessing" }],
          target: {
            source: "https://other.example/articles/a",
            selector: [
              { type: "TextQuoteSelector", exact: "12 million dollars", prefix: "", suffix: "" },
            ],
          },
          ...extra,
        },
      ],
    },
  };
}

async function importFile(actor: Awaited<ReturnType<typeof createTestActor>>, json: unknown) {
  const article = await createArticle(
    actor,
    createArticleSchema.parse({ title: "Imported history", body: BODY }),
  );
  const parsed = parseWebAnnotations(json);
  expect(parsed.errors).toEqual([]);
  const report = await importAnnotations(actor, article.id, parsed.annotations, parsed.skipped, {
    baseUrl: BASE,
  });
  const [annotation] = await listAnnotationsForArticle(actor, article.id);
  return { report, annotation: annotation! };
}

const settled = {
  "factmark:reviewState": "approved",
  "factmark:settlement": {
    type: "factmark:Settlement",
    "factmark:decision": "approved",
    "factmark:comment": "Fine.",
    creator: elsewhere("Edna"),
    created: "2024-05-03T10:00:00.000Z",
  },
};

describe("imported reviews and settlements are history", () => {
  it("keeps an editor's import's decision, marked imported, with the editor as an external person", async () => {
    const editor = await createTestActor("editor");
    const { annotation } = await importFile(editor, file(settled));
    expect(annotation.reviewState).toBe("approved");
    expect(annotation.settlement).toEqual({
      by: { id: null, name: "Edna", externalId: "https://other.example/users/edna" },
      at: "2024-05-03T10:00:00.000Z",
      comment: "Fine.",
      imported: true,
    });
  });

  it("opens a reviewer's import for review: only editors settle; the file's decision stays in the history", async () => {
    const reviewer = await createTestActor("reviewer");
    const { report, annotation } = await importFile(reviewer, file(settled));
    expect(annotation).toMatchObject({ reviewState: "open", settlement: null });
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^1 annotation\(s\) were settled in the file: only editors and admins settle/,
      ),
    ]);
    const [event] = await listAnnotationHistory(reviewer, annotation.id);
    expect(event).toMatchObject({
      action: "annotation.import",
      after: {
        reviewState: "open",
        reviewStateInFile: "approved",
        settledBy: "Edna (external)",
        kept: false,
      },
    });
  });

  it("does not count imported reviews for the team's agreement rule", async () => {
    await (
      await getDb()
    ).teamSettings.upsert({
      where: { id: 1 },
      create: { id: 1 },
      update: { autoApproveAgreements: 2 },
    });
    const editor = await createTestActor("editor");
    const agreement = {
      type: "factmark:Review",
      "factmark:verdict": "agree",
      creator: elsewhere("Rita"),
      created: "2024-05-02T10:00:00.000Z",
    };
    const { annotation } = await importFile(
      editor,
      file({ "factmark:reviewState": "open", "factmark:reviews": [agreement] }),
    );
    expect(annotation.reviews).toEqual([
      {
        reviewer: { id: null, name: "Rita", externalId: "https://other.example/users/rita" },
        verdict: "agree",
        reason: null,
        proposedStatus: null,
        createdAt: "2024-05-02T10:00:00.000Z",
        imported: true,
      },
    ]);
    const first = await reviewAnnotation(await createTestActor("reviewer"), annotation.id, {
      verdict: "agree",
    });
    expect(first.reviewState).toBe("open");
    const second = await reviewAnnotation(await createTestActor("reviewer"), annotation.id, {
      verdict: "agree",
    });
    expect(second.reviewState).toBe("approved");
    const actions = (await listAnnotationHistory(editor, annotation.id)).map((e) => e.action);
    expect(actions).toEqual([
      "annotation.import",
      "review.import",
      "review.create",
      "review.create",
      "annotation.auto-approve",
    ]);
  });

  it("keeps people who have an account here as themselves, and lets neither them nor the importer review their own", async () => {
    const olga = await createTestActor("reviewer", "Olga Here");
    const editor = await createTestActor("editor");
    const json = file({ creator: person("Olga (as the file says)", `${BASE}/users/${olga.id}`) });
    const { annotation } = await importFile(editor, json);
    // Matched by our own user IRI: shown by her name here, though the importer owns the annotation.
    expect(annotation).toMatchObject({
      author: { id: olga.id, name: "Olga Here" },
      ownerId: editor.id,
    });
    await expect(reviewAnnotation(olga, annotation.id, { verdict: "agree" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(
      reviewAnnotation(editor, annotation.id, { verdict: "agree" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not keep a review by the annotation's own author", async () => {
    const editor = await createTestActor("editor");
    const own = {
      type: "factmark:Review",
      "factmark:verdict": "agree",
      creator: elsewhere("Olga"),
      created: "2024-05-02T10:00:00.000Z",
    };
    const { report, annotation } = await importFile(editor, file({ "factmark:reviews": [own] }));
    expect(annotation.reviews).toEqual([]);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^1 review\(s\) by the annotation's own author .* not kept: nobody reviews their own annotation/,
      ),
    ]);
  });

  it("names an id from another server as an external author, even one shaped like ours", async () => {
    const editor = await createTestActor("editor");
    const { annotation } = await importFile(
      editor,
      file({ creator: person("Someone", `${BASE}/users/no-such-account`) }),
    );
    expect(annotation.author).toEqual({
      id: null,
      name: "Someone",
      externalId: `${BASE}/users/no-such-account`,
    });
  });
});
