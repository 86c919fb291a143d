/**
 * Golden files: every export format rendered from one small fixed article
 * (fixtures/golden-bundle.ts) and compared with what is stored in fixtures/golden/.
 *
 * After a deliberate change to a renderer, rewrite the files and review the diff before committing:
 *
 *   UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts
 *
 * Without UPDATE_GOLDEN=1 a missing golden file fails the test rather than being created.
 *
 * The bundle fixes every date (generatedAt included) and the renderers never read the clock, so
 * nothing here varies with time: HTML and Markdown compare as exact text, CSV as exact bytes (BOM
 * and CRLF), the two JSON-LD files as parsed JSON (key order and whitespace are not the contract).
 * The "clock and time zone" test below checks that assumption, so a renderer that starts reading
 * the clock fails there with a clear message instead of making the goldens flaky. Dates are
 * spelt by Intl (en-GB, UTC): a Node with different ICU data could spell them differently.
 */
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readGolden } from "@/lib/testing/golden-file";
import { CLAIM_RATING, renderClaimReviews } from "./claim-review";
import { CSV_COLUMNS, renderCsv } from "./csv";
import { goldenBundle } from "./fixtures/golden-bundle";
import { renderHtmlReport } from "./html-report";
import { jsonLdFile } from "./json-for-html";
import { renderMarkdownReport } from "./markdown-report";
import type { ExportBundle } from "./types";
import { ANNO_CONTEXT, renderWebAnnotationJsonLd, type JsonObject } from "./web-annotation";
import { parseWebAnnotations } from "@/lib/import/web-annotation";

const goldenPath = (name: string) =>
  fileURLToPath(new URL(`./fixtures/golden/${name}`, import.meta.url));

type Format = {
  file: string;
  compare: "text" | "bytes" | "json";
  render: (bundle: ExportBundle) => string;
};

const FORMATS: Format[] = [
  { file: "report.html", compare: "text", render: renderHtmlReport },
  { file: "report.md", compare: "text", render: renderMarkdownReport },
  { file: "report.csv", compare: "bytes", render: renderCsv },
  {
    file: "report.jsonld",
    compare: "json",
    render: (b) => jsonLdFile(renderWebAnnotationJsonLd(b)),
  },
  {
    file: "report.claimreview.jsonld",
    compare: "json",
    render: (b) => jsonLdFile(renderClaimReviews(b)),
  },
];

describe("golden files", () => {
  it.each(FORMATS)("$file matches", ({ file, compare, render }) => {
    const actual = render(goldenBundle());
    const stored = readGolden(goldenPath(file), actual);
    if (compare === "json") {
      expect(JSON.parse(actual)).toStrictEqual(JSON.parse(stored.toString("utf8")));
      return;
    }
    // The text diff is the readable one; for CSV the bytes must then agree too (a BOM or CR is easy to lose).
    expect(actual).toBe(stored.toString("utf8"));
    if (compare === "bytes") expect(Buffer.from(actual, "utf8").equals(stored)).toBe(true);
  });
});

describe("golden files do not depend on the clock or the time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(FORMATS)("$file renders the same in another year and zone", ({ render }) => {
    const now = render(goldenBundle());
    vi.useFakeTimers({ now: new Date("2031-12-31T23:59:00.000Z"), toFake: ["Date"] });
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: any local-time formatting would move a day
    expect(render(goldenBundle())).toBe(now);
  });
});

/** Checks a reader relies on: the goldens catch these too, but a failure here says what broke. */
describe("golden article: what each format must show", () => {
  const bundle = goldenBundle();
  const byId = new Map(bundle.annotations.map((a) => [a.id, a]));
  // Report order: placed ones by position in today's text, then the orphan.
  const reportOrder = [
    "a-jobless-rate",
    "a-may-figure",
    "a-never-so-many",
    "a-gig-workers",
    "a-wages",
    "a-inflation",
  ];

  it("HTML: the overlapping run is marked with both footnote numbers, and every number leads to its entry", () => {
    const html = renderHtmlReport(bundle);
    expect(html).toContain(`data-annotations="1 2">3 percent</mark>`);
    for (const n of [1, 2, 3, 4, 5]) {
      expect(html, `footnote ${n}`).toContain(
        `<a href="#annotation-${n}" id="ref-${n}" aria-label="Annotation ${n}">[${n}]</a>`,
      );
      expect(html, `entry ${n}`).toContain(
        `<article class="entry st-${byId.get(reportOrder[n - 1]!)!.status}" id="annotation-${n}"`,
      );
    }
    expect(html).not.toContain(`id="ref-6"`);
    expect(html).toMatch(/<section id="orphans">.*id="annotation-6"/s);
  });

  it("Markdown: each footnote referenced in the text is defined exactly once; the orphan is not a footnote", () => {
    const md = renderMarkdownReport(bundle);
    const text = md.slice(md.indexOf("## Article text"), md.indexOf("## Could not be placed"));
    const referenced = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]);
    const defined = [...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]);
    expect(referenced).toEqual(["1", "2", "3", "4", "5"]);
    expect(defined).toEqual(["1", "2", "3", "4", "5"]);
    expect(md).toContain("### Annotation 6");
  });

  it("CSV: BOM, the documented header and one CRLF record per annotation in report order", () => {
    const csv = renderCsv(bundle);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records = csv.slice(1).split("\r\n");
    expect(records[0]).toBe(CSV_COLUMNS.join(","));
    expect(records.at(-1)).toBe(""); // the last record ends with CRLF too
    expect(records.slice(1, -1).map((r) => r.split(",")[0])).toEqual(reportOrder);
  });

  it("Web Annotation: the W3C context, both selectors on every placed target (an orphan's quote only), and it imports back as exported", () => {
    const collection = renderWebAnnotationJsonLd(bundle);
    expect((collection["@context"] as unknown[])[0]).toBe(ANNO_CONTEXT);
    const items = ((collection.first as JsonObject).items as JsonObject[]).filter(
      (item) => item.motivation !== "replying",
    );
    for (const item of items) {
      const selectors = (item.target as JsonObject).selector as JsonObject[];
      const orphan = bundle.annotations.find((a) =>
        String(item.id).endsWith(`annotation=${a.id}`),
      )!.orphan;
      expect(
        selectors.map((s) => s.type),
        String(item.id),
      ).toEqual(orphan ? ["TextQuoteSelector"] : ["TextQuoteSelector", "TextPositionSelector"]);
    }
    const parsed = parseWebAnnotations(JSON.parse(JSON.stringify(collection)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.annotations.map((a) => [a.status, a.target.exact])).toEqual(
      reportOrder.map((id) => [byId.get(id)!.status, byId.get(id)!.target.exact]),
    );
  });

  it("ClaimReview: one per sourced or disputed annotation (never unverified), rated on the documented scale", () => {
    const reviews = renderClaimReviews(bundle);
    const rated = reportOrder.map((id) => byId.get(id)!).filter((a) => a.status !== "unverified");
    expect(
      reviews.map((r) => [r.claimReviewed, (r.reviewRating as JsonObject).ratingValue]),
    ).toEqual(
      rated.map((a) => [
        a.target.exact,
        CLAIM_RATING[a.status as "sourced" | "disputed"].ratingValue,
      ]),
    );
  });
});
