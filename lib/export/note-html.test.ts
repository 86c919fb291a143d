import { describe, expect, it } from "vitest";
import { renderNoteHtml, renderWithReactMarkdown } from "./note-html";

describe("renderNoteHtml", () => {
  it.each([
    ["emphasis", "Matches the *official* release.", "<p>Matches the <em>official</em> release.</p>"],
    ["strong and code", "**3.4** and `x<y`", "<p><strong>3.4</strong> and <code>x&lt;y</code></p>"],
    ["an https link", "[May](https://stats.example.org/may)", '<p><a href="https://stats.example.org/may" rel="noopener noreferrer nofollow ugc">May</a></p>'],
    ["a mailto link", "[desk](mailto:desk@example.org)", '<p><a href="mailto:desk@example.org" rel="noopener noreferrer nofollow ugc">desk</a></p>'],
    ["a javascript: link loses its href", "[x](javascript:alert(1))", "<p><a>x</a></p>"],
    ["a data: link loses its href", "[x](data:text/html,hi)", "<p><a>x</a></p>"],
    ["a raw HTML block is text", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["inline raw HTML is text", "a <b onclick=x>b</b>", "<p>a &lt;b onclick=x&gt;b&lt;/b&gt;</p>"],
    ["an image is dropped (no remote fetch)", "![t](https://evil.example/x.png)", "<p></p>"],
    ["a heading not in the list is unwrapped", "# Big", "Big"],
    ["lists keep their start", "3. three\n4. four", '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'],
    ["quotes in a link title are escaped", '[t](https://a.example "say \\"hi\\"")', '<p><a href="https://a.example" rel="noopener noreferrer nofollow ugc" title="say &quot;hi&quot;">t</a></p>'],
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
