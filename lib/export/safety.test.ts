import { describe, expect, it } from "vitest";
import { renderClaimReviews } from "./claim-review";
import { renderCsv } from "./csv";
import { ALL_OPTIONS, makeAnnotation, makeBundle, makeReply } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";
import type { ExportBundle } from "./types";
import { renderWebAnnotationJsonLd } from "./web-annotation";
import { parseWebAnnotations } from "@/lib/import/web-annotation";

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[x](javascript:alert(1))",
  "data:text/html,<script>alert(1)</script>",
  '=HYPERLINK("http://evil")',
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
];

/** One annotation per payload, the payload everywhere a person can type: quote (in the body), note, source, names, review, reply, settlement. */
function hostileBundle(payload: string, anonymise = false): ExportBundle {
  const body = `Intro paragraph.\n\nBefore ${payload} after.\n\nLast paragraph.`;
  const start = body.indexOf(payload);
  const person = { id: "p1", name: payload };
  const annotation = makeAnnotation(body, start, start + payload.length, {
    id: "hostile",
    status: "disputed",
    note: `${payload}\n\n[link](${payload}) and ${payload}\n\n\`\`\`\n${payload}\n\`\`\`\n\n~~~\n${payload}`,
    sources: [
      { url: payload, title: payload, quote: payload, accessedAt: null },
      { url: "https://ok.example/source", title: payload, quote: payload, accessedAt: null },
    ],
    author: person,
    reviews: [
      {
        reviewer: person,
        verdict: "disagree",
        reason: payload,
        proposedStatus: "unverified",
        createdAt: "2024-06-03T00:00:00.000Z",
      },
    ],
    reviewState: "changes_requested",
    settlement: { by: person, at: "2024-06-04T00:00:00.000Z", comment: payload },
  });
  annotation.replies = [
    makeReply("hostile", "p2", payload, { author: { id: "p2", name: payload } }),
  ];
  const bundle = makeBundle(
    [annotation],
    { generatedBy: person, organization: { name: payload, url: payload } },
    body,
  );
  return {
    ...bundle,
    article: { ...bundle.article, title: payload, outlet: payload, author: payload, url: payload },
    options: { ...ALL_OPTIONS, anonymise },
  };
}

const TAG = /<[a-zA-Z!/][^>]*>/g;
/** A tag of ours: a name, then only well-formed name="value" attributes (no breakout of a value). */
const WELL_FORMED = /^<(!DOCTYPE html|\/?[a-z][a-z0-9]*(\s+[a-z][a-z0-9:-]*="[^"<]*")*\s*\/?)>$/i;

describe.each(PAYLOADS.map((p) => [p]))("payload %j", (payload) => {
  const bundle = hostileBundle(payload);

  it("cannot run or fetch anything in the HTML report", () => {
    const html = renderHtmlReport(bundle);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|link)\b/i);
    const tags = html.match(TAG) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(WELL_FORMED);
      expect(tag).not.toMatch(/\son\w+\s*=/i);
    }
    // The only <svg> is the chart.
    expect(tags.filter((t) => /^<svg\b/i.test(t))).toEqual([
      expect.stringMatching(/^<svg class="chart" /),
    ]);
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g))
      expect(href).toMatch(/^(https?:\/\/|mailto:|#)/);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    // The payload is still there for the reader to see, as text.
    expect(html).toContain("after.");
  });

  it("cannot inject HTML or links in the Markdown report", () => {
    const md = renderMarkdownReport(bundle);
    expect(md).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(md).not.toMatch(/(^|[^\\])<[a-z!/?]/im);
    expect(md).not.toMatch(/\]\(\s*(javascript|data):/i);
    expect(md).not.toMatch(/^\s*\[[^\]]*\]:\s*(javascript|data):/im);
    for (const [, url] of md.matchAll(/\]\(([^)\s]*)/g))
      expect(url).toMatch(/^(https?:\/\/|mailto:|#)/);
  });

  it("neutralises formulas in every CSV cell", () => {
    const csv = renderCsv(bundle);
    const cells = csv
      .slice(1)
      .split("\r\n")
      .flatMap((line) => line.split(","))
      .map((c) => c.replace(/^"/, ""));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    if (/^[=+\-@\t]/.test(payload)) expect(csv).toContain(`'${payload.replace(/"/g, '""')}`);
  });

  it.each([
    ["Web Annotation JSON-LD", () => renderWebAnnotationJsonLd(bundle)],
    ["ClaimReviews", () => renderClaimReviews(bundle)],
  ])("keeps it a plain string value in the %s", (_, render) => {
    const json = render();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const visit = (value: unknown, key: string): void => {
      if (Array.isArray(value)) value.forEach((v) => visit(v, key));
      else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) {
          expect(k).not.toContain(payload);
          visit(v, k);
        }
      // Anything used as an address is http(s): the payload can only be text.
      else if (["id", "source", "scope", "url", "homepage"].includes(key))
        expect(value).toMatch(/^https?:\/\//);
    };
    visit(json, "");
    expect(JSON.stringify(json)).toContain(JSON.stringify(payload).slice(1, -1));
  });

  it("round-trips through the importer as text", () => {
    const parsed = parseWebAnnotations(
      JSON.parse(JSON.stringify(renderWebAnnotationJsonLd(bundle))),
    );
    expect(parsed.annotations[0]!.note).toBe(bundle.annotations[0]!.note);
    expect(parsed.annotations[0]!.sources.map((s) => s.url)).toEqual(["https://ok.example/source"]);
  });
});

describe("anonymised hostile names", () => {
  it("never reach any output", () => {
    const bundle = hostileBundle("<b>Mallory</b>", true);
    bundle.annotations[0]!.note = "";
    bundle.annotations[0]!.replies = [];
    bundle.annotations[0]!.reviews[0]!.reason = null;
    bundle.annotations[0]!.settlement!.comment = null;
    bundle.annotations[0]!.sources = [];
    bundle.article = {
      ...bundle.article,
      title: "T",
      outlet: null,
      author: null,
      body: "Some text.",
      url: null,
    };
    bundle.annotations[0]!.anchor = null;
    bundle.annotations[0]!.target = {
      ...bundle.annotations[0]!.target,
      exact: "x",
      prefix: "",
      suffix: "",
    };
    bundle.organization = { name: "Desk" };
    for (const out of [
      renderHtmlReport(bundle),
      renderMarkdownReport(bundle),
      renderCsv(bundle),
      JSON.stringify(renderWebAnnotationJsonLd(bundle)),
    ]) {
      expect(out).not.toContain("Mallory");
    }
  });
});
