import { describe, expect, it } from "vitest";
import { joinParagraphs } from "@/lib/text/paragraphs";
import { contentFromInput } from "./article-input";
import { readingLayout } from "./reading-layout";

describe("readingLayout", () => {
  it("gives a plain article one run per paragraph and no structure", () => {
    const layout = readingLayout("One.\n\nTwo.", null);
    expect(layout.blocks).toBeNull();
    expect(layout.runs).toEqual([
      { start: 0, end: 4, text: "One." },
      { start: 6, end: 10, text: "Two." },
    ]);
  });

  it("splits structured text into runs whose offsets are the body's, one per inline", () => {
    const { body, blocks } = contentFromInput(
      "html",
      `<h2>Heading</h2><p>The <a href="https://example.org/report">report</a> says <strong>more</strong>.</p><blockquote><p>Quoted words.</p></blockquote><ul><li>First</li><li>Second</li></ul>`,
    );
    const layout = readingLayout(body, blocks);
    for (const run of layout.runs) expect(body.slice(run.start, run.end)).toBe(run.text);
    // The runs and the gaps between blocks rebuild the body exactly: the page's text is the body.
    expect(joinParagraphs(layout.runs)).toBe(body);
    const paragraph = layout.blocks?.[1];
    expect(paragraph).toMatchObject({ type: "paragraph" });
    const inlines = paragraph && paragraph.type === "paragraph" ? paragraph.inlines : [];
    expect(inlines.map((i) => layout.runs[i.run]!.text)).toEqual([
      "The ",
      "report",
      " says ",
      "more",
      ".",
    ]);
    expect(inlines[1]).toMatchObject({ href: "https://example.org/report" });
    expect(inlines[3]).toMatchObject({ strong: true });
    expect(layout.blocks?.[2]).toMatchObject({ type: "quote" });
    expect(layout.blocks?.[3]).toMatchObject({ type: "list", ordered: false });
  });

  it("falls back to plain paragraphs when the stored structure does not match the text", () => {
    const { blocks } = contentFromInput("markdown", "# Title\n\nSome *text*.");
    const layout = readingLayout("Other text entirely.", blocks);
    expect(layout.blocks).toBeNull();
    expect(layout.runs).toEqual([{ start: 0, end: 20, text: "Other text entirely." }]);
  });
});
