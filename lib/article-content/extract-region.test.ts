import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { narrowToArticle } from "./extract-region";

const prose = (words: string) =>
  `<p>${words} ${"and a sentence of prose to give it length ".repeat(4)}</p>`;

describe("narrowToArticle", () => {
  it("leaves only the page's one article when it holds most of the prose", () => {
    const { document } = parseHTML(
      `<html><body><nav><a href="/">Home</a></nav><article>${prose("Story").repeat(5)}</article><section class="comments">${prose("Comment")}</section></body></html>`,
    );
    narrowToArticle(document.body);
    expect(document.body.children.length).toBe(1);
    expect(document.body.firstElementChild?.tagName).toBe("ARTICLE");
    expect(document.body.textContent).not.toContain("Comment");
  });

  it.each([
    [
      "the article is a teaser beside the story",
      `<article>${prose("Teaser")}</article><div class="story">${prose("Story").repeat(5)}</div>`,
    ],
    [
      "there are several articles",
      `<article>${prose("One").repeat(3)}</article><article>${prose("Two").repeat(3)}</article>`,
    ],
    ["there is no article element", `<div>${prose("Story").repeat(3)}</div>`],
  ])("leaves the page whole when %s", (_, html) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const before = document.body.innerHTML;
    narrowToArticle(document.body);
    expect(document.body.innerHTML).toBe(before);
  });
});
