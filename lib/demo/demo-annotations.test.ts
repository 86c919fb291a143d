import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEMO_ANNOTATIONS, type DemoAnnotation } from "./demo-annotations";
import { parseSeedArticle } from "./demo-article";

const seedPath = path.join(process.cwd(), "lib/demo/seed-article.txt");
const article = parseSeedArticle(fs.readFileSync(seedPath, "utf8"));

/** Start offset of the annotation's quote in `body` (at its occurrence), or -1. */
function startOf(body: string, annotation: DemoAnnotation): number {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = body.indexOf(annotation.quote, from);
    if (at === -1 || i === (annotation.occurrence ?? 0)) return at;
    from = at + 1;
  }
}

describe("parseSeedArticle", () => {
  it("splits off the publication date", () => {
    expect(article.publishedAt).toBe("2021-03-17");
    expect(article.body.startsWith("date")).toBe(false);
    expect(article.body.startsWith("Russian President Vladimir Putin")).toBe(true);
  });

  it("separates paragraphs by exactly one blank line and trims the end", () => {
    expect(article.body).toContain("\n\n");
    expect(article.body).not.toMatch(/\n{3,}/);
    expect(article.body).not.toMatch(/[ \t]+\n/);
    expect(article.body).not.toMatch(/\s$/);
    expect(article.body.split("\n\n").every((p) => p.trim().length > 0 && !p.includes("\n"))).toBe(
      true,
    );
  });

  it("normalises CRLF, runs of newlines and trailing spaces", () => {
    const parsed = parseSeedArticle(" date 2020-01-02 One.  \r\n\r\n\r\n\r\nTwo.\t\r\n\r\n");
    expect(parsed).toEqual({ publishedAt: "2020-01-02", body: "One.\n\nTwo." });
  });

  it("rejects text without a date prefix", () => {
    expect(() => parseSeedArticle("No date here.")).toThrow();
    expect(() => parseSeedArticle(" date 2021-02-30 Body.")).toThrow();
  });
});

describe("DEMO_ANNOTATIONS", () => {
  it("quotes text that occurs in the body at the given occurrence", () => {
    for (const annotation of DEMO_ANNOTATIONS) {
      expect(startOf(article.body, annotation), annotation.quote).toBeGreaterThanOrEqual(0);
    }
  });

  it("gives an occurrence whenever a quote is ambiguous", () => {
    for (const annotation of DEMO_ANNOTATIONS) {
      const count = article.body.split(annotation.quote).length - 1;
      if (count > 1) expect(annotation.occurrence, annotation.quote).toBeDefined();
    }
  });

  it("has at least 10 annotations by both authors in all three statuses", () => {
    expect(DEMO_ANNOTATIONS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(DEMO_ANNOTATIONS.map((a) => a.status))).toEqual(
      new Set(["sourced", "disputed", "unverified"]),
    );
    expect(new Set(DEMO_ANNOTATIONS.map((a) => a.author))).toEqual(new Set(["alice", "bob"]));
  });

  it("backs every sourced annotation with at least one source", () => {
    for (const annotation of DEMO_ANNOTATIONS.filter((a) => a.status === "sourced")) {
      expect(annotation.sources.length, annotation.quote).toBeGreaterThanOrEqual(1);
    }
  });

  it("uses https source URLs with titles", () => {
    for (const source of DEMO_ANNOTATIONS.flatMap((a) => a.sources)) {
      expect(new URL(source.url).protocol, source.url).toBe("https:");
      expect(source.title.length).toBeGreaterThan(0);
    }
  });

  it("keeps notes short and free of HTML", () => {
    for (const annotation of DEMO_ANNOTATIONS) {
      expect(annotation.note.trim().length, annotation.quote).toBeGreaterThan(0);
      expect(annotation.note, annotation.quote).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it("has at least two annotations that overlap in the body", () => {
    const spans = DEMO_ANNOTATIONS.map((a) => {
      const start = startOf(article.body, a);
      return { start, end: start + a.quote.length };
    });
    const overlapping = spans.some((x, i) =>
      spans.some((y, j) => i < j && x.start < y.end && y.start < x.end),
    );
    expect(overlapping).toBe(true);
  });
});
