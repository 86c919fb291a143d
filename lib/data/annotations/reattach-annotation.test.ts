import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { updateAnnotationSchema } from "@/lib/validation/annotations";
import { createArticleSchema } from "@/lib/validation/articles";
import {
  createAnnotation,
  listAnnotationsForArticle as listAnnotations,
} from "@/lib/data/annotations/annotations";
import { createArticle, getArticle } from "@/lib/data/articles/articles";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";
import { updateArticle } from "@/lib/data/articles/update-article";

const span = (body: string, exact: string) => {
  const start = body.indexOf(exact);
  return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
};

async function orphanedAnnotation() {
  const author = await createTestActor("reviewer");
  const article = await createArticle(
    author,
    createArticleSchema.parse({
      title: "Re-attach",
      body: "The mayor denied the claim.\n\nFees will double next year.",
    }),
  );
  const annotation = await createAnnotation(author, article.id, {
    status: "disputed",
    note: "Check it",
    sources: [],
    target: span(article.body, "Fees will double"),
  });
  const { article: revised } = await updateArticle(author, article.id, {
    version: 1,
    body: "The mayor denied the claim.\n\nCharges rise to twice the old level in 2027.",
  });
  return { author, article: revised, annotation };
}

describe("re-attaching an orphan by selecting new text", () => {
  it("places it on the chosen span of the current text, clears the revision's verdict, and records it", async () => {
    const { author, article, annotation } = await orphanedAnnotation();
    const before = (await listAnnotations(author, article.id)).find((a) => a.id === annotation.id)!;
    expect(before).toMatchObject({ orphan: true, anchorState: "orphaned", version: 1 });
    // The header counts placed annotations only.
    expect((await getArticle(author, article.id)).annotationCounts.disputed).toBe(0);

    const target = span(article.body, "Charges rise to twice the old level");
    const attached = await updateAnnotation(author, annotation.id, { version: 1, target });
    expect(attached).toMatchObject({
      orphan: false,
      anchorState: null,
      version: 2,
      target: { start: target.start, end: target.end, exact: target.exact },
      anchor: { start: target.start, end: target.end },
    });
    // The context is the body's own, never what the client sent.
    expect(attached.target.prefix).toBe("The mayor denied the claim.\n\n");
    const row = await (
      await getDb()
    ).annotation.findUniqueOrThrow({ where: { id: annotation.id } });
    expect(row).toMatchObject({
      articleVersion: 2,
      anchorState: null,
      exactBefore: null,
      note: "Check it",
    });
    const audit = await (
      await getDb()
    ).auditEvent.findFirstOrThrow({
      where: { entityId: annotation.id, action: "annotation.update" },
    });
    expect(JSON.parse(String(audit.after))).toMatchObject({ target: { exact: target.exact } });
    expect(JSON.parse(String(audit.before))).toMatchObject({
      target: { exact: "Fees will double" },
    });
    expect(
      (await listAnnotations(author, article.id)).find((a) => a.id === annotation.id),
    ).toMatchObject({ orphan: false });
    expect((await getArticle(author, article.id)).annotationCounts.disputed).toBe(1);
  });

  it("refuses a span that is not the text there, an empty or padded one, a stale version, and other reviewers", async () => {
    const { author, article, annotation } = await orphanedAnnotation();
    const target = span(article.body, "Charges rise");
    await expect(
      updateAnnotation(author, annotation.id, {
        version: 1,
        target: { ...target, exact: "Charges risE" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      updateAnnotation(author, annotation.id, {
        version: 1,
        target: {
          ...target,
          start: target.start - 1,
          exact: article.body.slice(target.start - 1, target.end),
        },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      updateAnnotation(await createTestActor("reviewer"), annotation.id, { version: 1, target }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateAnnotation(author, annotation.id, { version: 1, target });
    await expect(
      updateAnnotation(author, annotation.id, { version: 1, target }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      updateAnnotationSchema.safeParse({ version: 1, target: { start: 3, end: 2, exact: "x" } })
        .success,
    ).toBe(false);
    expect(updateAnnotationSchema.safeParse({ version: 1, target }).success).toBe(true);
  });
});
