import { describe, expect, it } from "vitest";
import { createRandom, pick, randomInt } from "@/lib/testing/seeded-random";
import { ADVERSARIAL_NOTES } from "@/lib/markdown/adversarial-notes";
import { prepareNote } from "@/lib/markdown/note-markdown-options";
import { renderWithReactMarkdown } from "./fixtures/react-markdown-html";
import { renderNoteHtml } from "./note-html";
import { noteMarkdownToHtml } from "./note-markdown-html";

describe("renderNoteHtml", () => {
  it.each([
    [
      "emphasis",
      "Matches the *official* release.",
      "<p>Matches the <em>official</em> release.</p>",
    ],
    ["strong and code", "**3.4** and `x<y`", "<p><strong>3.4</strong> and <code>x&lt;y</code></p>"],
    [
      "an https link",
      "[May](https://stats.example.org/may)",
      '<p><a href="https://stats.example.org/may" rel="noopener noreferrer nofollow ugc">May</a></p>',
    ],
    [
      "a mailto link",
      "[desk](mailto:desk@example.org)",
      '<p><a href="mailto:desk@example.org" rel="noopener noreferrer nofollow ugc">desk</a></p>',
    ],
    ["a javascript: link loses its href", "[x](javascript:alert(1))", "<p><a>x</a></p>"],
    ["a data: link loses its href", "[x](data:text/html,hi)", "<p><a>x</a></p>"],
    [
      "a raw HTML block is text",
      "<script>alert(1)</script>",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    ],
    ["inline raw HTML is text", "a <b onclick=x>b</b>", "<p>a &lt;b onclick=x&gt;b&lt;/b&gt;</p>"],
    ["an image is dropped (no remote fetch)", "![t](https://evil.example/x.png)", "<p></p>"],
    ["a heading not in the list is unwrapped", "# Big", "Big"],
    [
      "lists keep their start",
      "3. three\n4. four",
      '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>',
    ],
    [
      "quotes in a link title are escaped",
      '[t](https://a.example "say \\"hi\\"")',
      '<p><a href="https://a.example" rel="noopener noreferrer nofollow ugc" title="say &quot;hi&quot;">t</a></p>',
    ],
    ["empty note", "   ", ""],
  ])("%s", (_, markdown, html) => {
    expect(renderNoteHtml(markdown)).toBe(html);
  });
});

describe("renderNoteHtml's shortcut for plain notes", () => {
  it.each([
    "Checked against the release.",
    "Two lines\nin one paragraph.",
    "First paragraph.\n\nSecond, after a blank line.\n\n\nThird (after two).",
    "Numbers like 3.4 percent, dates like 2024-06-01, and a URL https://example.org/x?y=1.",
    "Quotes \"double\" and 'single'; colons: fine.",
    "Ünïcödé — dashes – and “curly quotes”.",
    "1990s figures",
    "A 3. in the middle",
  ])("agrees with react-markdown on %j", (note) => {
    expect(renderNoteHtml(note)).toBe(renderWithReactMarkdown(note));
  });
});

/** Markdown as notes use it, and what a hostile note tries: each must come out exactly as react-markdown renders it. */
const REPRESENTATIVE = [
  "The **figure** in claim 3 comes from [the report](https://example.org/report/3), not from _the agency_.\n\n- checked against the filing\n- disputed",
  "Matches the *official* release.",
  "**3.4** and `x<y` and ``a ` b``",
  "> quoted\n> > twice\n\nafter",
  "1. one\n2. two\n   - nested *em*\n\n   loose\n3. three",
  "3. three\n4. four",
  "```js\nconst a = '<b>';\n```\n\n    indented code",
  "Line one  \nhard break, and a backslash break\\\nnext",
  "# H1\n## H2\n### H3\n#### H4\n##### H5\n\nSetext\n---",
  "***\n\n- - -\n\n___",
  "~~struck~~ ~single~ and del? <del>raw</del>",
  '[ref link][r] and <https://auto.example/x> and <mail@example.org>\n\n[r]: https://ref.example/ "Ref title"',
  "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi) [w](vbscript:x) [v](//evil.example) [u](/relative) [t](#frag) [s](mailto:a@b.c)",
  '[t](https://a.example "say \\"hi\\"") ![img](https://evil.example/x.png "t") ![alt *em*][i]\n\n[i]: https://evil.example/i.png',
  "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\ntext <b onclick=x>b</b> <!-- comment --> &amp; &lt; &#x3c; &copy; &nbsp;",
  "<div>\n*not emphasis inside html block*\n</div>\n\n<?php echo 1; ?>\n\n<![CDATA[x]]>\n\n<!DOCTYPE html>",
  "a\tb\n\n\tcode by tab\n\n* star list\n+ plus list\n\n1) paren list",
  "Ünïcödé — “quotes” 🙂 \u2028 line sep",
  "| a | b |\n| - | - |\n| 1 | 2 |",
  "- [ ] task\n- [x] done",
  "Footnote[^1].\n\n[^1]: The note.",
  "*a **b *c* b** a* _x __y__ x_ ***both***",
  "\\*escaped\\* \\[not a link\\](x) \\<b\\>",
  "> - > - quote in list in quote\n>   continued",
  "Two\n\n\n\nparagraphs with blank lines",
];

describe("noteMarkdownToHtml renders exactly as react-markdown did", () => {
  it.each(REPRESENTATIVE)("%j", (note) => {
    const prepared = prepareNote(note).text;
    expect(noteMarkdownToHtml(prepared)).toBe(renderWithReactMarkdown(prepared));
  });

  it.each(Object.entries(ADVERSARIAL_NOTES))("adversarial: %s", (_, note) => {
    const prepared = prepareNote(note);
    if (prepared.kind === "markdown")
      expect(noteMarkdownToHtml(prepared.text)).toBe(renderWithReactMarkdown(prepared.text));
    expect(renderNoteHtml(note)).not.toMatch(
      /<(?!\/?(?:p|em|strong|a|ul|ol|li|code|pre|blockquote|br|del|h3|h4)\b)/,
    );
  });
});

describe("noteMarkdownToHtml on random Markdown", () => {
  const TOKENS = [
    "*",
    "**",
    "_",
    "`",
    "[",
    "]",
    "(",
    ")",
    "](https://x.example/",
    "<",
    ">",
    "<b>",
    "</b>",
    "&amp;",
    "\\",
    "#",
    "- ",
    "1. ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "~~",
    "!",
    "|",
    '"',
    "word",
    "two words",
    "https://y.example",
  ];
  it("agrees with react-markdown on 400 seeded random notes", () => {
    const random = createRandom(16);
    for (let i = 0; i < 400; i++) {
      const note = prepareNote(
        Array.from({ length: randomInt(random, 1, 40) }, () => pick(random, TOKENS)).join(""),
      ).text;
      expect(noteMarkdownToHtml(note), JSON.stringify(note)).toBe(renderWithReactMarkdown(note));
    }
  });
});
