import { describe, expect, it } from "vitest";
import { ALL_OPTIONS } from "@/lib/export/fixtures/bundle";
import {
  renderCsv,
  renderHtmlReport,
  renderWebAnnotationJsonLd,
  type ExportBundle,
  type JsonObject,
} from "@/lib/export";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { getVersion } from "@/lib/data/articles/article-versions";
import { buildExportBundle } from "@/lib/data/interchange/export-bundle";
import { updateArticle } from "@/lib/data/articles/update-article";

const PARAGRAPHS = [
  "The council approved a budget of 12 million dollars on Monday, officials said after a long meeting.",
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied on Tuesday.",
  "According to two people familiar with the talks, the vote was delayed twice before it finally passed.",
];
const V1 = PARAGRAPHS.join("\n\n");
const V2 = [
  PARAGRAPHS[0]!.replace("12 million", "14 million"),
  PARAGRAPHS[1],
  "The vote passed on the third attempt.",
].join("\n\n");
const V3 = [V2, "The mayor said the debate had been worth it."].join("\n\n");

const on = (body: string, exact: string) => {
  const start = body.indexOf(exact);
  return { start, end: start + exact.length, exact, prefix: "", suffix: "" };
};

/** Each annotation's quote as the exported text has it at its anchor, and its stored target, by id. */
const placements = (bundle: ExportBundle) =>
  Object.fromEntries(
    bundle.annotations.map((a) => [
      a.id,
      a.anchor
        ? { at: bundle.article.body.slice(a.anchor.start, a.anchor.end), target: a.target.exact }
        : "orphan",
    ]),
  );

describe("exporting a version of an article", () => {
  it("exports an older version's text with the annotations anchored as they were then, and the current one as it stands", async () => {
    const author = await createTestActor("reviewer", "Ada Author");
    const viewer = await createTestActor("viewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Budget", body: V1 }),
    );
    const annotate = (body: string, exact: string) =>
      createAnnotation(author, article.id, {
        status: "disputed",
        note: "Check it.",
        sources: [],
        target: on(body, exact),
      });
    const budget = await annotate(V1, "a budget of 12 million dollars");
    const vote = await annotate(V1, "the vote was delayed twice");
    const mayor = await annotate(V1, "the mayor denied");
    await updateArticle(author, article.id, { version: 1, body: V2 });
    const later = await annotate(V2, "The vote passed on the third attempt");
    await updateArticle(author, article.id, { version: 2, title: "Budget (revised)", body: V3 });
    const export_ = (version?: number) =>
      buildExportBundle(viewer, article.id, ALL_OPTIONS, "https://factmark.example.org", version);

    const first = await export_(1);
    const firstVersion = await getVersion(viewer, article.id, 1);
    expect(first.article).toMatchObject({
      id: article.id,
      title: "Budget",
      body: V1,
      version: 1,
      latestVersion: 3,
      versionCreatedAt: firstVersion.createdAt,
    });
    // The annotation made on version 2 did not exist on version 1.
    expect(placements(first)).toEqual({
      [budget.id]: {
        at: "a budget of 12 million dollars",
        target: "a budget of 12 million dollars",
      },
      [mayor.id]: { at: "the mayor denied", target: "the mayor denied" },
      [vote.id]: { at: "the vote was delayed twice", target: "the vote was delayed twice" },
    });
    const voteTarget = first.annotations.find((a) => a.id === vote.id)!.target;
    expect(voteTarget).toEqual({
      ...on(V1, "the vote was delayed twice"),
      prefix: V1.slice(voteTarget.start - 32, voteTarget.start),
      suffix: V1.slice(voteTarget.end, voteTarget.end + 32),
    });
    // Everything but the anchoring is as it is now.
    expect(first.annotations.find((a) => a.id === budget.id)).toMatchObject({
      note: "Check it.",
      status: "disputed",
      author: { name: "Ada Author" },
    });

    const html = renderHtmlReport(first);
    expect(html).toContain("Version 1 of this article (as first added,");
    expect(html).toContain("the article is now at version 3");
    expect(html).toMatch(/<mark[^>]*>a budget of 12 million dollars<\/mark>/);
    expect(html).not.toContain("14 million");
    expect(html).not.toContain("Could not be placed");
    const csv = renderCsv(first);
    expect(csv).toContain("a budget of 12 million dollars");
    // article_version 1, then no reviews given on a previous version.
    expect(
      csv
        .split("\r\n")
        .slice(1, -1)
        .every((row) => row.endsWith(",1,0")),
    ).toBe(true);
    const state = (
      (renderWebAnnotationJsonLd(first).first as JsonObject).items as JsonObject[]
    ).map((item) => (item.target as JsonObject).state);
    expect(state).toEqual(
      Array(3).fill({
        type: "TimeState",
        cached: `https://factmark.example.org/articles/${article.id}/versions/1`,
        sourceDate: firstVersion.createdAt,
      }),
    );

    // Version 2: the vote's text was gone (an orphan then); the later annotation was on it.
    const second = await export_(2);
    expect(second.article).toMatchObject({
      title: "Budget",
      body: V2,
      version: 2,
      latestVersion: 3,
    });
    expect(placements(second)).toEqual({
      [budget.id]: {
        at: "a budget of 14 million dollars",
        target: "a budget of 14 million dollars",
      },
      [mayor.id]: { at: "the mayor denied", target: "the mayor denied" },
      [later.id]: {
        at: "The vote passed on the third attempt",
        target: "The vote passed on the third attempt",
      },
      [vote.id]: "orphan",
    });
    expect(renderHtmlReport(second)).toContain("<h2>Could not be placed in this version</h2>");

    const current = await export_();
    expect(current.article).toMatchObject({
      title: "Budget (revised)",
      body: V3,
      version: 3,
      latestVersion: 3,
    });
    expect(current.article.versionCreatedAt).toBe(
      (await getVersion(viewer, article.id, 3)).createdAt,
    );
    expect(Object.keys(placements(current)).sort()).toEqual(
      [budget.id, mayor.id, later.id, vote.id].sort(),
    );
    expect(placements(current)[vote.id]).toBe("orphan");
    // Naming the current version is the same export.
    expect({ ...(await export_(3)), generatedAt: "" }).toEqual({ ...current, generatedAt: "" });
    expect(renderHtmlReport(current)).toContain("Version 3 of this article, revised ");

    await expect(export_(4)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createTestActor("viewer");
    await expect(
      buildExportBundle(
        { ...stranger, role: "viewer" },
        "no-such-article",
        ALL_OPTIONS,
        "https://factmark.example.org",
        1,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
