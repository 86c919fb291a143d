import { describe, expect, it } from "vitest";
import { escapeMarkdownLine, escapeMarkdownText, sanitiseNoteMarkdown } from "./markdown-escape";

describe("escapeMarkdownText", () => {
  it.each([
    ["plain prose", "The minister said so.", "The minister said so."],
    ["link brackets", "[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert(1))"],
    ["html", "<script>alert(1)</script>", "&lt;script\\>alert(1)&lt;/script\\>"],
    ["emphasis and code", "*a* _b_ `c` ~d~", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"],
    ["table pipes and math", "a | b costs $5", "a \\| b costs \\$5"],
    ["an entity, but not a bare ampersand", "AT&T &amp; &#60; a\\b", "AT&T \\&amp; \\&#60; a\\\\b"],
    ["a heading at a line start", "# Not a heading", "\\# Not a heading"],
    [
      "a list at a line start",
      "- item\n+ item\n1. item\n2) item",
      "\\- item\\\n\\+ item\\\n1\\. item\\\n2\\) item",
    ],
    ["a setext underline", "Title\n===", "Title\\\n\\==="],
    ["a quote at a line start", "> quoted", "\\> quoted"],
    ["leading spaces would make code", "    code", "code"],
    ["a footnote reference", "[^1]", "\\[^1\\]"],
  ])("%s", (_, text, expected) => {
    expect(escapeMarkdownText(text)).toBe(expected);
  });

  it("does not treat a mid-line run as a line start", () => {
    expect(escapeMarkdownText("# and 1. here", false)).toBe("# and 1. here");
    expect(escapeMarkdownLine("3.0%\n# x")).toBe("3.0% # x");
  });
});

describe("sanitiseNoteMarkdown", () => {
  it.each([
    [
      "ordinary Markdown is kept",
      "Matches the *official* [release](https://x.example/a).",
      "Matches the *official* [release](https://x.example/a).",
    ],
    [
      "mailto and in-page links are kept",
      "[a](mailto:a@b.example) [b](#c)",
      "[a](mailto:a@b.example) [b](#c)",
    ],
    ["a javascript: link becomes text", "[x](javascript:alert(1))", "[x]\\(javascript:alert(1))"],
    [
      "a spaced or encoded one too",
      "[x]( JaVaScRiPt:alert(1)) [y](javascript&#58;alert(1))",
      "[x]\\( JaVaScRiPt:alert(1)) [y]\\(javascript&#58;alert(1))",
    ],
    [
      "a destination on the next line",
      "[x](\njavascript:alert(1))",
      "[x]\\(\njavascript:alert(1))",
    ],
    [
      "a reference definition",
      "[x]: javascript:alert(1)\n\n[x]",
      "[x]\\: javascript:alert(1)\n\n[x]",
    ],
    ["a data: link", "[x](data:text/html,<b>)", "[x]\\(data:text/html,&lt;b>)"],
    ["raw HTML", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"],
    ["an escaped <", "\\<script>", "&lt;script>"],
    ["an autolink", "<javascript:alert(1)>", "&lt;javascript:alert(1)>"],
    ["an image", "![t](https://evil.example/x.png)", "\\![t](https://evil.example/x.png)"],
    ["a footnote of our own", "[^1]: fake", "\\[^1]\\: fake"],
    [
      "fenced code is defused too (fail closed)",
      "```html\n<b>x</b>\n```\n<b>",
      "```html\n&lt;b>x&lt;/b>\n```\n&lt;b>",
    ],
    ["a tilde fence", "~~~\n[x](javascript:y)\n~~~", "~~~\n[x]\\(javascript:y)\n~~~"],
    ["an unclosed fence is closed", "```\ncode", "```\ncode\n```"],
    ["a longer fence needs a long enough close", "````\n```\nx", "````\n```\nx\n````"],
    [
      "a backtick 'fence' with a backtick in its info string is no fence",
      "``` a`b\nx",
      "``` a`b\nx",
    ],
    ["an indented 'fence' is no fence", "    ```\nx", "    ```\nx"],
    ["a closed fence needs no help", "~~~\nx\n~~~~", "~~~\nx\n~~~~"],
  ])("%s", (_, note, expected) => {
    expect(sanitiseNoteMarkdown(note)).toBe(expected);
  });
});
