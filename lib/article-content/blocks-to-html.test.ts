import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentFromInput } from "./article-input";
import type { Block } from "./blocks";
import { blocksToHtml } from "./blocks-to-html";
import { extractArticle } from "./extract-article";

const roundTrip = (blocks: Block[], baseUrl?: string) =>
  contentFromInput("html", blocksToHtml(blocks), { baseUrl }).blocks;

describe("blocksToHtml", () => {
  it("reads back as the same blocks: headings of every level, quotes, nested lists, links with formatting", () => {
    const blocks: Block[] = [
      { type: "heading", level: 2, inlines: [{ text: "Top" }] },
      { type: "heading", level: 3, inlines: [{ text: "Middle" }] },
      { type: "heading", level: 4, inlines: [{ text: "Low" }] },
      {
        type: "paragraph",
        inlines: [
          { text: "See " },
          { text: "the bold data", href: "https://data.example.org/?a=1&b=2", strong: true },
          { text: " and " },
          { text: "this", em: true, strong: true },
          { text: "." },
        ],
      },
      {
        type: "quote",
        blocks: [
          { type: "paragraph", inlines: [{ text: "Quoted" }] },
          { type: "paragraph", inlines: [{ text: "twice" }] },
        ],
      },
      {
        type: "list",
        ordered: true,
        items: [
          [{ type: "paragraph", inlines: [{ text: "one" }] }],
          [
            { type: "paragraph", inlines: [{ text: "two" }] },
            {
              type: "list",
              ordered: false,
              items: [[{ type: "paragraph", inlines: [{ text: "inner" }] }]],
            },
          ],
        ],
      },
    ];
    expect(roundTrip(blocks)).toEqual(blocks);
  });

  it("escapes text and attributes, so text that looks like markup stays text", () => {
    const blocks: Block[] = [
      {
        type: "paragraph",
        inlines: [
          {
            text: '<script>alert("x")</script> & <b>not bold</b>',
            href: "https://example.org/it's/a&b",
          },
        ],
      },
    ];
    const html = blocksToHtml(blocks);
    expect(html).not.toContain("<script>");
    expect(roundTrip(blocks)).toEqual(blocks);
  });

  it("round-trips a real extracted page, links kept absolute", () => {
    const pageUrl = "https://courier.example.com/news/2024/river-plan";
    const { blocks } = extractArticle(
      readFileSync("lib/article-content/fixtures/wikipedia-regression-testing.html", "utf8"),
      pageUrl,
    );
    expect(blocks.length).toBeGreaterThan(10);
    expect(roundTrip(blocks, "https://elsewhere.example/")).toEqual(blocks);
  });
});
