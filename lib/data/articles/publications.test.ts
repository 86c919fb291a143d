import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "@/lib/export";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { settleSchema } from "@/lib/validation/reviews";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { archiveArticle, restoreArticle } from "@/lib/data/articles/archive-article";
import { createArticle } from "@/lib/data/articles/articles";
import { buildExportBundle } from "@/lib/data/interchange/export-bundle";
import {
  getPublicReport,
  publishArticle,
  unpublishArticle,
  PUBLIC_REPORT_OPTIONS,
} from "@/lib/data/articles/publications";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";

const BASE = "https://factcheck.example.org";
const BODY =
  "The council approved a budget of 12 million dollars on Monday.\n\nCritics said fees would double by spring.";

async function setUp(url: string | null = null) {
  const reviewer = await createTestActor("reviewer");
  const editor = await createTestActor("editor");
  const article = await createArticle(
    reviewer,
    createArticleSchema.parse({
      title: "Council budget: what holds up?",
      body: BODY,
      url: url ?? undefined,
    }),
  );
  const mark = (exact: string, status: "sourced" | "disputed", note: string) => {
    const start = BODY.indexOf(exact);
    return createAnnotation(reviewer, article.id, {
      status,
      note,
      sources:
        status === "sourced"
          ? [
              {
                url: "https://council.example.gov/minutes",
                title: "Minutes",
                quote: "",
                accessedAt: null,
              },
            ]
          : [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
  };
  const approved = await mark("12 million dollars", "sourced", "Matches the minutes.");
  const open = await mark(
    "fees would double",
    "disputed",
    "Internal draft <script>alert(1)</script>",
  );
  await settleAnnotation(
    editor,
    approved.id,
    settleSchema.parse({ decision: "approved", version: 1 }),
  );
  return { reviewer, editor, article, approved, open };
}

describe("publishing a report", () => {
  it("lets editors publish the approved annotations for anyone, anonymised, with ClaimReview pointing at the page", async () => {
    const { reviewer, editor, article } = await setUp("https://news.example/budget");
    await expect(publishArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const published = await publishArticle(editor, article.id);
    expect(published).toMatchObject({ published: true, path: `/r/${published.slug}` });
    expect(published.slug).toMatch(/^council-budget-what-holds-up-[0-9a-f]{8}$/);

    const bundle = await getPublicReport(published.slug, BASE);
    expect(bundle.options).toEqual(PUBLIC_REPORT_OPTIONS);
    const html = renderHtmlReport(bundle);
    expect(html).toContain("Matches the minutes.");
    expect(html).not.toContain("Internal draft");
    expect(html).not.toContain(reviewer.name);
    expect(html).not.toContain("Open in Factmark");
    expect(html).toContain(`<link rel="canonical" href="${BASE}/r/${published.slug}">`);
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!,
    );
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]).toMatchObject({
      "@type": "ClaimReview",
      url: `${BASE}/r/${published.slug}#annotation-1`,
      claimReviewed: "12 million dollars",
      itemReviewed: { appearance: [{ url: "https://news.example/budget" }] },
    });

    // The team's own exports link to the public page too.
    const internal = renderHtmlReport(
      await buildExportBundle(
        reviewer,
        article.id,
        { ...PUBLIC_REPORT_OPTIONS, reviewStates: ["open", "approved"] },
        BASE,
      ),
    );
    expect(internal).toContain(`${BASE}/r/${published.slug}`);
    expect(internal).toContain("Open in Factmark");
  });

  it("takes the page down on unpublish or archive, and brings the same address back", async () => {
    const { editor, article } = await setUp();
    const first = await publishArticle(editor, article.id);
    expect(await publishArticle(editor, article.id)).toEqual(first);
    expect(await unpublishArticle(editor, article.id)).toMatchObject({
      slug: first.slug,
      published: false,
    });
    await expect(getPublicReport(first.slug, BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await publishArticle(editor, article.id);
    expect(again.slug).toBe(first.slug);
    await getPublicReport(first.slug, BASE);
    await archiveArticle(editor, article.id);
    await expect(getPublicReport(first.slug, BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishArticle(editor, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await restoreArticle(editor, article.id);
    await expect(getPublicReport(first.slug, BASE)).resolves.toBeTruthy();
    await expect(getPublicReport("no-such-report", BASE)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
