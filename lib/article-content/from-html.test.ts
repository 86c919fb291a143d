import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import type { Block, Inline } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { fromHtml } from "./from-html";
import { MAX_HTML_CHARS } from "./limits";

const p = (...inlines: Inline[]): Block => ({ type: "paragraph", inlines });

function quoteDepth(blocks: Block[]): number {
  let depth = 0;
  for (let block: Block | undefined = blocks[0]; block?.type === "quote"; block = block.blocks[0])
    depth++;
  return depth;
}

describe("fromHtml", () => {
  it.each<[string, string, Block[]]>([
    [
      "h1 becomes level 2, h2 level 3, h3-h6 level 4",
      "<h1>A</h1><h2>B</h2><h3>C</h3><h6>F</h6>",
      [
        { type: "heading", level: 2, inlines: [{ text: "A" }] },
        { type: "heading", level: 3, inlines: [{ text: "B" }] },
        { type: "heading", level: 4, inlines: [{ text: "C" }] },
        { type: "heading", level: 4, inlines: [{ text: "F" }] },
      ],
    ],
    [
      "paragraphs, whitespace collapsed",
      "<p>  One\n   two </p>\n<p>Three</p>",
      [p({ text: "One two" }), p({ text: "Three" })],
    ],
    [
      "bold, italic and links",
      '<p>a <b>b</b> <strong>c</strong> <i>d</i> <em><a href="https://x.example/">e</a></em></p>',
      [
        p(
          { text: "a " },
          { text: "b", strong: true },
          { text: " " },
          { text: "c", strong: true },
          { text: " " },
          { text: "d", em: true },
          { text: " " },
          { text: "e", href: "https://x.example/", em: true },
        ),
      ],
    ],
    [
      "block quotes with paragraphs",
      "<blockquote><p>One</p><p>Two</p></blockquote>",
      [{ type: "quote", blocks: [p({ text: "One" }), p({ text: "Two" })] }],
    ],
    [
      "lists, nested",
      "<ol><li>one</li><li>two<ul><li>inner</li></ul>after</li></ol>",
      [
        {
          type: "list",
          ordered: true,
          items: [
            [p({ text: "one" })],
            [
              p({ text: "two" }),
              { type: "list", ordered: false, items: [[p({ text: "inner" })]] },
              p({ text: "after" }),
            ],
          ],
        },
      ],
    ],
    [
      "divs and other blocks separate paragraphs",
      "<div>a</div><div>b<div>c</div></div><section>d</section><table><tr><td>e</td><td>f</td></tr></table>",
      [
        p({ text: "a" }),
        p({ text: "b" }),
        p({ text: "c" }),
        p({ text: "d" }),
        p({ text: "e" }),
        p({ text: "f" }),
      ],
    ],
    ["br is a space", "<p>line one<br>line two</p>", [p({ text: "line one line two" })]],
    [
      "two br in a row start a paragraph",
      "<p>one<br><br>two<br>three<br>\n <br/>four</p>",
      [p({ text: "one" }), p({ text: "two three" }), p({ text: "four" })],
    ],
    [
      "unknown inline tags are unwrapped",
      "<p><span class=x>sp</span><u>an</u> <code>code</code> <img alt=pic src=x></p>",
      [p({ text: "span code" })],
    ],
    [
      "entities are decoded",
      "<p>Fish &amp; chips &lt;b&gt; &eacute;t&eacute; &#x1F600;</p>",
      [p({ text: "Fish & chips <b> été 😀" })],
    ],
    [
      "text outside any block is a paragraph",
      "loose <b>text</b><p>then</p>",
      [p({ text: "loose " }, { text: "text", strong: true }), p({ text: "then" })],
    ],
  ])("%s", (_, html, expected) => {
    expect(fromHtml(html)).toEqual(expected);
  });

  it("keeps canonical offsets consistent with the blocks", () => {
    const { text, spans } = toCanonicalText(
      fromHtml(
        "<h2>T</h2><blockquote><p>q <a href='https://a.example/'>link</a></p><ul><li>i</li></ul></blockquote>",
      ),
    );
    expect(text).toBe("T\n\nq link\n\ni");
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(["T", "q link", "i"]);
    expect(text.slice(spans[1]!.inlines[1]!.start, spans[1]!.inlines[1]!.end)).toBe("link");
  });

  it.each([
    ["blockquote", "<blockquote>", "</blockquote>"],
    ["div", "<div>", "</div>"],
    ["list", "<ul><li>", "</li></ul>"],
    ["bold", "<b>", "</b>"],
    ["link", '<a href="https://a.example/">', "</a>"],
  ])("converts 10,000 nested %s without throwing, flattening past depth 4", (_, open, close) => {
    const html = `${open.repeat(10_000)}deep text${close.repeat(10_000)}<p>after</p>`;
    const blocks = fromHtml(html);
    expect(toCanonicalText(blocks).text).toMatch(/deep text\n\nafter$/);
    expect(quoteDepth(blocks)).toBeLessThanOrEqual(4);
  });

  it("flattens deep quotes into the fourth level", () => {
    const blocks = fromHtml(`${"<blockquote>".repeat(6)}x${"</blockquote>".repeat(6)}`);
    expect(quoteDepth(blocks)).toBe(4);
  });

  it("refuses HTML over the size cap", () => {
    expect(() => fromHtml(" ".repeat(MAX_HTML_CHARS + 1))).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }) as AppError,
    );
  });
});
