import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { fromHtml } from "./from-html";
import { fromMarkdown } from "./from-markdown";
import { toMarkdown } from "./to-markdown";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("toMarkdown", () => {
  it.each([
    [
      "headings, quotes, nested lists, links and emphasis",
      "<h1>Head</h1><h2>Sub</h2><p>A <a href='https://a.example/x(1)'>link with <strong>bold</strong></a> and <em>emphasis</em>.</p><blockquote><p>Quoted</p><ul><li>in quote</li></ul></blockquote><ol><li><p>one</p><ul><li>nested</li></ul></li><li>two</li></ol><ul><li>next</li></ul><ul><li>separate list</li></ul>",
    ],
    [
      "text that looks like Markdown",
      "<p>* not a list</p><p>1. not a list either</p><p># not a heading</p><p>[not](a link) and **not bold** and &lt;b&gt;not html&lt;/b&gt; and a_b_c</p><p>&gt; not a quote; 5 * 3 = 15 and $5</p>",
    ],
  ])("writes %s so that reading it back gives the same blocks", (_, html) => {
    const blocks = fromHtml(html);
    expect(fromMarkdown(toMarkdown(blocks))).toEqual(blocks);
  });

  it.each(["news-page.html", "wikipedia-regression-testing.html"])(
    "round-trips the article extracted from %s",
    (name) => {
      const { blocks } = extractArticle(fixture(name), "https://news.example.org/story");
      expect(fromMarkdown(toMarkdown(blocks))).toEqual(blocks);
    },
  );
});
