import { describe, expect, it } from "vitest";
import { renderClaimReviews } from "./claim-review";
import { CSV_COLUMNS, renderCsv } from "./csv";
import { makeOrphan, sampleBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { versionSentence } from "./labels";
import { renderMarkdownReport } from "./markdown-report";
import { renderPrintParts } from "./print-parts";
import type { ExportBundle } from "./types";
import { renderWebAnnotationJsonLd, type JsonObject } from "./web-annotation";

type Version = Pick<ExportBundle["article"], "version" | "versionCreatedAt" | "latestVersion">;

const at = (version: Version): ExportBundle => {
  const bundle = sampleBundle();
  return { ...bundle, article: { ...bundle.article, ...version } };
};

const THIRD: Version = {
  version: 3,
  versionCreatedAt: "2026-12-02T09:30:00.000Z",
  latestVersion: 3,
};
const FIRST: Version = {
  version: 1,
  versionCreatedAt: "2026-12-01T08:00:00.000Z",
  latestVersion: 1,
};
const OLDER: Version = {
  version: 1,
  versionCreatedAt: "2026-12-01T08:00:00.000Z",
  latestVersion: 3,
};

/** The article_version cell of each record (these rows end in plain numbers, so a split by comma finds it). */
const versionColumn = (csv: string) =>
  csv
    .slice(1)
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(",").at(CSV_COLUMNS.indexOf("article_version") - CSV_COLUMNS.length));

describe("every export names the version of the text it was made from", () => {
  it.each<[string, Version, string]>([
    ["a revised version", THIRD, "Version 3 of this article, revised 2 December 2026."],
    ["the first version", FIRST, "Version 1 of this article (as first added, 1 December 2026)."],
    [
      "a version of unknown date",
      { version: 2, versionCreatedAt: null, latestVersion: 2 },
      "Version 2 of this article.",
    ],
    [
      "an earlier version",
      OLDER,
      "Version 1 of this article (as first added, 1 December 2026). This is an earlier version: the article is now at version 3. Annotations are shown where they were placed on this text.",
    ],
  ])("says so for %s, in the HTML, printed and Markdown headers", (_, version, sentence) => {
    expect(versionSentence(version)).toBe(sentence);
    const bundle = at(version);
    const html = renderHtmlReport(bundle);
    const header = html.slice(html.indexOf("<header>"), html.indexOf("</header>"));
    expect(header).toContain(`<p class="version">${sentence}</p>`);
    expect(renderPrintParts(bundle)[0]).toContain(`<p class="version">${sentence}</p>`);
    const md = renderMarkdownReport(bundle);
    expect(md.slice(0, md.indexOf("## Summary"))).toContain(`\n\n${sentence}\n\n`);
  });

  it("says where orphans of an earlier version could not be placed", () => {
    const bundle = at(OLDER);
    expect(renderHtmlReport(bundle)).toContain("<h2>Could not be placed in this version</h2>");
    expect(renderMarkdownReport(bundle)).toContain("## Could not be placed in this version");
    expect(renderHtmlReport(at(THIRD))).toContain(
      "<h2>Could not be placed in the current text</h2>",
    );
    expect(renderMarkdownReport({ ...bundle, annotations: [makeOrphan("gone")] })).toContain(
      "1 could not be placed in this version (listed at the end).",
    );
  });

  it("gives every CSV row an article_version", () => {
    const csv = renderCsv(at(THIRD));
    // After every column that was there before it, so files read by position still read the same.
    expect(CSV_COLUMNS.indexOf("article_version")).toBe(17);
    expect(versionColumn(csv)).toEqual(["article_version", "3", "3", "3", "3"]);
    expect(versionColumn(renderCsv(at(OLDER))).slice(1)).toEqual(["1", "1", "1", "1"]);
  });

  it("puts the version in the Web Annotation targets as a TimeState with the version's page, and on the collection", () => {
    const collection = renderWebAnnotationJsonLd(at(OLDER));
    expect(collection.id).toBe(
      "https://factmark.example.org/api/articles/art1/export?format=jsonld&version=1",
    );
    expect(collection["factmark:articleVersion"]).toBe(1);
    const items = ((collection.first as JsonObject).items as JsonObject[]).filter(
      (item) => item.motivation !== "replying",
    );
    expect(items).toHaveLength(4);
    const [orphan, ...placed] = items.reverse();
    for (const item of placed) {
      expect(item.target).toMatchObject({
        source: "https://factmark.example.org/articles/art1",
        state: {
          type: "TimeState",
          cached: "https://factmark.example.org/articles/art1/versions/1",
          sourceDate: "2026-12-01T08:00:00.000Z",
        },
      });
    }
    // An orphan's target is its last place on some earlier text: no version is claimed for it.
    expect(orphan!.id).toBe("https://factmark.example.org/articles/art1?annotation=a-orphan");
    expect(orphan!.target).not.toHaveProperty("state");
    // The model requires a sourceDate on a TimeState: without the version's date there is none, the collection still says which.
    const undated = renderWebAnnotationJsonLd(
      at({ version: 2, versionCreatedAt: null, latestVersion: 2 }),
    );
    const undatedItems = ((undated.first as JsonObject).items as JsonObject[]).filter(
      (item) => item.motivation !== "replying",
    );
    expect(undatedItems.every((item) => !("state" in (item.target as JsonObject)))).toBe(true);
    expect(undated["factmark:articleVersion"]).toBe(2);
  });

  it("puts schema.org version on the CreativeWork each ClaimReview's claim appeared in", () => {
    const reviews = renderClaimReviews(at(THIRD));
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      const claim = review.itemReviewed as JsonObject;
      expect((claim.appearance as JsonObject[])[0]).toMatchObject({
        "@type": "CreativeWork",
        version: 3,
      });
      expect(claim.firstAppearance).toMatchObject({ version: 3 });
    }
  });
});
