import { describe, expect, it } from "vitest";
import { BODY, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderCsv } from "./csv";
import { TERM } from "./factmark-terms";
import { renderMarkdownReport } from "./markdown-report";
import { renderWebAnnotationJsonLd } from "./web-annotation";
import { parseWebAnnotations } from "@/lib/import/web-annotation";

// An editor approved it, then its note was edited (or a revision reworded it): it is open again.
const reopened = () =>
  makeBundle([
    makeAnnotation(BODY, 0, 10, {
      reviewState: "open",
      settlement: {
        by: { id: "ed", name: "Eddie Editor" },
        at: "2024-06-04T08:00:00.000Z",
        comment: "Checked.",
      },
    }),
  ]);

describe("a decision that no longer applies", () => {
  it.each([
    ["HTML", () => renderHtmlReport(reopened())],
    ["Markdown", () => renderMarkdownReport(reopened())],
  ])("is never stated as current in the %s report", (_name, render) => {
    const text = render();
    expect(text).not.toMatch(/Open by Eddie Editor/);
    expect(text).toContain("An earlier decision by Eddie Editor");
    expect(text).toContain("no longer applies");
  });
});

describe("a review given on a previous version", () => {
  const review = (name: string, verdict: "agree" | "disagree", onPreviousVersion: boolean) => ({
    reviewer: { id: name, name },
    verdict,
    reason: null,
    proposedStatus: null,
    createdAt: "2024-06-03T08:00:00.000Z",
    ...(onPreviousVersion ? { onPreviousVersion: true as const } : {}),
  });
  const edited = () =>
    makeBundle([
      makeAnnotation(BODY, 0, 10, {
        reviews: [review("Bob", "agree", true), review("Carol", "agree", false)],
      }),
    ]);

  it.each([
    ["HTML", () => renderHtmlReport(edited())],
    ["Markdown", () => renderMarkdownReport(edited())],
  ])("is marked in the %s report, and only that one", (_name, render) => {
    const text = render();
    expect(text.match(/on a previous version/g)).toHaveLength(1);
    expect(text.indexOf("Bob")).toBeLessThan(text.indexOf("on a previous version"));
    expect(text.indexOf("on a previous version")).toBeLessThan(text.indexOf("Carol"));
  });

  it("is counted apart in the CSV", () => {
    // The last five columns are plain numbers: agreements, disagreements, replies, article_version and this one.
    const [header, row] = renderCsv(edited()).slice(1).split("\r\n");
    const record = Object.fromEntries(
      header!
        .split(",")
        .slice(-5)
        .map((c, i) => [c, row!.split(",").slice(-5)[i]]),
    );
    expect(record).toMatchObject({
      agreements: "1",
      disagreements: "0",
      reviews_on_previous_version: "1",
    });
  });

  it("says so in the JSON-LD, and an import reads it back", () => {
    const json = renderWebAnnotationJsonLd(edited());
    const reviews = (json.first as { items: Record<string, unknown>[] }).items[0]![
      TERM.reviews
    ] as Record<string, unknown>[];
    expect(reviews.map((r) => r[TERM.onPreviousVersion] ?? false)).toEqual([true, false]);
    const parsed = parseWebAnnotations(json);
    expect(parsed.annotations[0]!.reviews!.map((r) => r.onPreviousVersion ?? false)).toEqual([
      true,
      false,
    ]);
  });
});
