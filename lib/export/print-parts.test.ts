import { describe, expect, it } from "vitest";
import { BODY, makeAnnotation, makeBundle, makeOrphan, sampleBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderPrintParts } from "./print-parts";

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;
const entryIds = (html: string) =>
  [...html.matchAll(/<article class="entry[^"]*" id="annotation-(\d+)"/g)].map((m) => Number(m[1]));
const hiddenLinks = (html: string) =>
  [...html.matchAll(/<a href="#annotation-(\d+)"><\/a>/g)].map((m) => Number(m[1]));

/** Seven placed annotations and two that could not be placed. */
function bundle() {
  const placed = Array.from({ length: 7 }, (_, i) =>
    makeAnnotation(BODY, i * 5, i * 5 + 4, { note: `Note *${i}*` }),
  );
  return makeBundle([...placed, makeOrphan("gone one"), makeOrphan("gone two")]);
}

describe("renderPrintParts", () => {
  it("prints a small report as one document: the HTML report and links that name each entry's place", () => {
    const input = sampleBundle();
    const [only, ...rest] = renderPrintParts(input);
    expect(rest).toEqual([]);
    const html = renderHtmlReport(input);
    expect(only!.replace(/\n<div hidden>.*?<\/div>/, "")).toBe(html);
    const placed = [...html.matchAll(/href="#ref-(\d+)"/g)].map((m) => Number(m[1]));
    expect(placed.length).toBeGreaterThan(0);
    expect(hiddenLinks(only!)).toEqual(placed);
  });

  it("splits a large report: text first, then every entry exactly once, in order, the footer last", () => {
    const parts = renderPrintParts(bundle(), 3);
    expect(parts).toHaveLength(4); // the text, then 3 + 3 + 3 entries
    for (const part of parts) {
      expect(part).toMatch(/^<!DOCTYPE html>/);
      expect(part).toMatch(/<\/body><\/html>$/);
      expect(count(part, /<style>/)).toBe(1);
      expect(count(part, /<section\b/)).toBe(count(part, /<\/section>/));
    }
    const [text, ...entries] = parts;
    expect(text).toContain('<section id="article">');
    expect(entryIds(text!)).toEqual([]);
    // The text links to entries in other parts: each gets an unrendered target so Chromium keeps the link.
    expect(count(text!, /<span id="annotation-\d+"><\/span>/)).toBe(7);
    expect(entries.flatMap(entryIds)).toEqual(entryIds(renderHtmlReport(bundle())));
    expect(entries.map((part) => count(part, /<h2>Annotations<\/h2>/))).toEqual([1, 0, 0]);
    expect(entries.map((part) => count(part, /<h2>Could not be placed/))).toEqual([0, 0, 1]);
    expect(parts.map((part) => count(part, /<footer>/))).toEqual([0, 0, 0, 1]);
    // Only placed entries are linked from the text, so only they are named.
    expect(entries.map(hiddenLinks)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it("goes on with a list in the next part without its heading", () => {
    const parts = renderPrintParts(bundle(), 8);
    expect(parts.map(entryIds)).toEqual([[], [1, 2, 3, 4, 5, 6, 7, 8], [9]]);
    expect(count(parts[1]!, /<h2>Could not be placed/)).toBe(1);
    expect(parts[2]).toContain("<main>\n<section><article");
    expect(count(parts[2]!, /<h2>/)).toBe(0);
    expect(count(parts[2]!, /<footer>/)).toBe(1);
  });
});
