import { describe, expect, it } from "vitest";
import { BODY, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { markerRange } from "./marker-groups";

describe("crowded footnote markers", () => {
  it("names a run without gaps with a dash and one with gaps with an ellipsis", () => {
    expect(markerRange([7, 8, 9, 10])).toBe("7–10");
    expect(markerRange([7, 9, 142])).toBe("7…142");
  });

  it("are one marker in the HTML text, leading to a list that links every annotation and back", () => {
    const crowded = Array.from({ length: 12 }, () => makeAnnotation(BODY, 0, 10, { status: "disputed" }));
    const html = renderHtmlReport(makeBundle([...crowded, makeAnnotation(BODY, 40, 50)]));
    const text = html.slice(html.indexOf('<section id="article">'), html.indexOf('<section id="annotations">'));
    // One grouped marker where twelve spans end, and the single marker elsewhere as before.
    expect(text.match(/<sup class="fn">/g)).toHaveLength(2);
    expect(text).toContain('<sup class="fn"><a href="#markers-1" id="ref-group-1" aria-label="12 annotations, 1–12">[1–12]</a></sup>');
    expect(text).toContain('<sup class="fn"><a href="#annotation-13" id="ref-13" aria-label="Annotation 13">[13]</a></sup>');
    // The list: each annotation once, with the id its "Back to the text" link leads to.
    const list = text.slice(text.indexOf('<ol class="crowded">'));
    for (let n = 1; n <= 12; n++) expect(list).toContain(`<a href="#annotation-${n}" id="ref-${n}" aria-label="Annotation ${n}">[${n}]</a>`);
    expect(html.match(/id="ref-1"/g)).toHaveLength(1);
  });

  it("stay inline when only a few spans end together", () => {
    const html = renderHtmlReport(makeBundle(Array.from({ length: 5 }, () => makeAnnotation(BODY, 0, 10))));
    expect(html).not.toContain('class="crowded"');
    expect(html.match(/id="ref-\d+"/g)).toHaveLength(5);
  });
});
