import { describe, expect, it } from "vitest";
import { ALL_OPTIONS, BODY, makeAnnotation, makeBundle, sampleBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import type { ExportOptions } from "./types";

const render = (options: Partial<ExportOptions> = {}) =>
  renderHtmlReport(sampleBundle({ options: { ...ALL_OPTIONS, ...options } }));
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;

describe("renderHtmlReport: a self-contained document", () => {
  const html = render();
  it.each<[string, RegExp, number]>([
    ["one doctype", /<!DOCTYPE html>/, 1],
    ["one inline stylesheet", /<style>/, 1],
    ["no scripts", /<script/i, 0],
    ["no linked resources", /<link\b/i, 0],
    ["no images or frames", /<(img|iframe|object|embed)\b/i, 0],
    ["no remote fonts or imports", /@import|@font-face|url\(/i, 0],
    [
      "a CSP that blocks scripts and fetches",
      /Content-Security-Policy" content="default-src &#39;none&#39;/,
      1,
    ],
    ["one inline SVG chart", /<svg class="chart"/, 1],
    ["four entries", /<article class="entry/, 4],
  ])("%s", (_, pattern, times) => {
    expect(count(html, pattern)).toBe(times);
  });

  it.each<[ExportOptions["paper"], string]>([
    ["a4", "size: A4"],
    ["letter", "size: letter"],
  ])("sets the print page size for %s", (paper, rule) => {
    expect(render({ paper })).toContain(`@page { ${rule}; margin`);
  });

  it("keeps entries in one piece when printed", () => {
    expect(html).toMatch(/\.entry \{ break-inside: avoid; page-break-inside: avoid;/);
  });
});

describe("renderHtmlReport: content", () => {
  const html = render();
  it.each([
    ["the title", "<h1>Minister on jobs</h1>"],
    ["the outlet", "<dd>Example Wire</dd>"],
    ["the author", "<dd>Jo Writer</dd>"],
    ["the publication date", "<dd>1 June 2024</dd>"],
    [
      "the original URL as a link",
      '<a href="https://example.com/story" class="print-url" rel="noopener noreferrer nofollow">https://example.com/story</a>',
    ],
    ["who generated it and when", "Generated 5 Jun 2024, 12:00 UTC by Ed Itor."],
    ["status counts", '<th scope="row">Disputed</th><td class="n">2</td>'],
    ["review state counts", '<th scope="row">Approved</th><td class="n">1</td>'],
    ["chart labels as text", '<text x="0" y="59">Disputed</text>'],
    [
      "the overlap wrapped once with both annotations",
      '<mark class="hl st-sourced st-disputed overlap" title="Sourced [1]; Disputed [2]" data-annotations="1 2">3 percent</mark>',
    ],
    [
      "footnote markers after each span",
      '<sup class="fn"><a href="#annotation-1" id="ref-1" aria-label="Annotation 1">[1]</a></sup>',
    ],
    ["a status cue that is not colour", "text-decoration-style: wavy"],
    ["the note rendered from Markdown", "<p>Matches the <em>official</em> release.</p>"],
    [
      "sources as safe links",
      '<a href="https://stats.example.org/may" class="print-url" rel="noopener noreferrer nofollow">May release</a> — “3.0%”',
    ],
    [
      "reviews with reason and proposed status",
      "<strong>Alice</strong> disagreed: The revision came later <em>(would mark it Unverified)</em>",
    ],
    ["the settlement", "Approved by Ed Itor on 4 Jun 2024, 08:00 UTC: Checked."],
    ["a reply", "<p>Which release?</p>"],
    ["a deleted reply", '<p class="deleted">(deleted)</p>'],
    ["the orphans section", "<h2>Could not be placed in the current text</h2>"],
    ["a permalink", 'href="https://factmark.example.org/articles/art1?annotation=a-orphan"'],
  ])("has %s", (_, fragment) => {
    expect(html).toContain(fragment);
  });

  it("puts orphans only in their own section", () => {
    const [main, orphans] = html.split("<h2>Could not be placed in the current text</h2>");
    expect(main).not.toContain('id="annotation-4"');
    expect(orphans).toContain('id="annotation-4"');
    expect(main).not.toContain("#annotation-4");
  });

  it("leaves the discussion out unless asked", () => {
    const without = render({ includeDiscussion: false });
    expect(without).not.toContain("Which release?");
    expect(without).not.toContain("<h4>Discussion</h4>");
  });

  it("anonymises names when asked", () => {
    const anonymous = render({ anonymise: true });
    expect(anonymous).not.toMatch(/Alice|Bob|Carol|Dave|Ed Itor/);
    expect(anonymous).toContain("Marked by Reviewer 1");
    expect(anonymous).toContain("by Factmark user.");
    expect(anonymous).toContain("<dd>Jo Writer</dd>");
  });

  it("shows only the selected annotations, numbered from 1", () => {
    const disputed = render({ statuses: ["disputed"] });
    expect(count(disputed, /<article class="entry/)).toBe(2);
    expect(disputed).toContain('id="annotation-1"');
    expect(disputed).not.toContain("Matches the <em>official</em>");
  });

  it("gives every overlapping span all its numbers when several end together", () => {
    const a = makeAnnotation(BODY, 0, 12, { id: "x" });
    const b = makeAnnotation(BODY, 5, 12, { id: "y", status: "disputed" });
    const out = renderHtmlReport(makeBundle([a, b]));
    expect(out).toContain(
      'data-annotations="1 2">loyment</mark><sup class="fn"><a href="#annotation-1" id="ref-1" aria-label="Annotation 1">[1]</a><a href="#annotation-2" id="ref-2" aria-label="Annotation 2">[2]</a></sup>',
    );
  });

  it("keeps the article's paragraphs", () => {
    expect(count(renderHtmlReport(makeBundle([])), /<p>(Unemployment|Critics|Officials)/)).toBe(3);
  });

  it("never links an article URL that is not http(s)", () => {
    const out = renderHtmlReport(
      makeBundle([], { article: { ...makeBundle([]).article, url: "javascript:alert(1)" } }),
    );
    expect(out).not.toMatch(/href="javascript:/i);
    expect(out).toContain('javascript:alert(1) <span class="deleted">(link removed');
  });
});
