import { describe, expect, it } from "vitest";
import { BODY, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";
import { groupMarkdownMarkers, markerRange } from "./marker-groups";

describe("crowded footnote markers", () => {
  it("names a run without gaps with a dash and one with gaps with an ellipsis", () => {
    expect(markerRange([7, 8, 9, 10])).toBe("7–10");
    expect(markerRange([7, 9, 142])).toBe("7…142");
  });

  it("are one marker in the HTML text, leading to a list that links every annotation and back", () => {
    const crowded = Array.from({ length: 12 }, () =>
      makeAnnotation(BODY, 0, 10, { status: "disputed" }),
    );
    const html = renderHtmlReport(makeBundle([...crowded, makeAnnotation(BODY, 40, 50)]));
    const text = html.slice(
      html.indexOf('<section id="article">'),
      html.indexOf('<section id="annotations">'),
    );
    // One grouped marker where twelve spans end, and the single marker elsewhere as before.
    expect(text.match(/<sup class="fn">/g)).toHaveLength(2);
    expect(text).toContain(
      '<sup class="fn"><a href="#markers-1" id="ref-group-1" aria-label="12 annotations, 1–12">[1–12]</a></sup>',
    );
    expect(text).toContain(
      '<sup class="fn"><a href="#annotation-13" id="ref-13" aria-label="Annotation 13">[13]</a></sup>',
    );
    // The list: each annotation once, with the id its "Back to the text" link leads to.
    const list = text.slice(text.indexOf('<ol class="crowded">'));
    for (let n = 1; n <= 12; n++)
      expect(list).toContain(
        `<a href="#annotation-${n}" id="ref-${n}" aria-label="Annotation ${n}">[${n}]</a>`,
      );
    expect(html.match(/id="ref-1"/g)).toHaveLength(1);
  });

  it("stay inline when only a few spans end together", () => {
    const html = renderHtmlReport(
      makeBundle(Array.from({ length: 5 }, () => makeAnnotation(BODY, 0, 10))),
    );
    expect(html).not.toContain('class="crowded"');
    expect(html.match(/id="ref-\d+"/g)).toHaveLength(5);
  });
});

describe("crowded footnote references in Markdown", () => {
  it("become a range in the text and a list after it, every footnote still referenced once", () => {
    const crowded = Array.from({ length: 12 }, () =>
      makeAnnotation(BODY, 0, 10, { status: "disputed" }),
    );
    const md = renderMarkdownReport(makeBundle([...crowded, makeAnnotation(BODY, 40, 50)]));
    const text = md.slice(md.indexOf("## Article text"), md.indexOf("## Annotations"));
    expect(text).not.toMatch(/(\[\^\d+\]){6}/);
    expect(text).toContain("[^1]–[^12]");
    expect(text).toContain("**Where many annotations end together**");
    for (let n = 1; n <= 13; n++) {
      expect(text.match(new RegExp(`\\[\\^${n}\\](?!:)`, "g")), `reference ${n}`).toHaveLength(1);
      expect(md, `footnote ${n}`).toContain(`[^${n}]:`);
    }
  });

  it("leave escaped text and short runs alone", () => {
    expect(groupMarkdownMarkers("a \\[^1][^2][^3][^4][^5][^6] b[^7][^8]").text).toBe(
      "a \\[^1][^2][^3][^4][^5][^6] b[^7][^8]",
    );
  });
});
