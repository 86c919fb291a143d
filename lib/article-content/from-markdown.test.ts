import { describe, expect, it } from "vitest";
import type { Block, Inline } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { fromMarkdown } from "./from-markdown";
import { MAX_MARKDOWN_INPUT_CHARS } from "./limits";
import type { AppError } from "@/lib/errors";

const p = (...inlines: Inline[]): Block => ({ type: "paragraph", inlines });

describe("fromMarkdown", () => {
  it.each<[string, string, Block[]]>([
    [
      "headings shift one level down",
      "# One\n\n## Two\n\n### Three\n\n###### Six",
      [
        { type: "heading", level: 2, inlines: [{ text: "One" }] },
        { type: "heading", level: 3, inlines: [{ text: "Two" }] },
        { type: "heading", level: 4, inlines: [{ text: "Three" }] },
        { type: "heading", level: 4, inlines: [{ text: "Six" }] },
      ],
    ],
    [
      "paragraphs, soft breaks become spaces",
      "One\nline.\n\nTwo.",
      [p({ text: "One line." }), p({ text: "Two." })],
    ],
    [
      "emphasis and strong",
      "a *b* **c** ***d***",
      [
        p(
          { text: "a " },
          { text: "b", em: true },
          { text: " " },
          { text: "c", strong: true },
          { text: " " },
          { text: "d", strong: true, em: true },
        ),
      ],
    ],
    [
      "links keep their URL",
      "See [the report](https://example.org/r?a=1) and <https://x.example/>.",
      [
        p(
          { text: "See " },
          { text: "the report", href: "https://example.org/r?a=1" },
          { text: " and " },
          { text: "https://x.example/", href: "https://x.example/" },
          { text: "." },
        ),
      ],
    ],
    [
      "reference links resolve",
      "A [ref][r].\n\n[r]: https://ref.example/",
      [p({ text: "A " }, { text: "ref", href: "https://ref.example/" }, { text: "." })],
    ],
    [
      "mailto links are kept",
      "[mail](mailto:a@b.example)",
      [p({ text: "mail", href: "mailto:a@b.example" })],
    ],
    [
      "javascript and relative links lose the href, keep the text",
      "[x](javascript:alert(1)) [y](/relative) [z](data:text/html,hi)",
      [p({ text: "x y z" })],
    ],
    [
      "block quotes",
      "> quoted\n> text\n>\n> second",
      [{ type: "quote", blocks: [p({ text: "quoted text" }), p({ text: "second" })] }],
    ],
    [
      "lists, ordered and nested",
      "1. one\n2. two\n   - inner\n\n- bullet",
      [
        {
          type: "list",
          ordered: true,
          items: [
            [p({ text: "one" })],
            [p({ text: "two" }), { type: "list", ordered: false, items: [[p({ text: "inner" })]] }],
          ],
        },
        { type: "list", ordered: false, items: [[p({ text: "bullet" })]] },
      ],
    ],
    [
      "images become their alt text",
      "Look: ![a chart](c.png) here\n\n![](only.png)",
      [p({ text: "Look: a chart here" })],
    ],
    [
      "code blocks become paragraphs",
      "```js\nconst a = 1;\nrun(a);\n```\n\n    indented code",
      [p({ text: "const a = 1; run(a);" }), p({ text: "indented code" })],
    ],
    [
      "raw HTML is text, never HTML",
      "<script>alert(1)</script>\n\nHi <b onclick=x>there</b>",
      [p({ text: "<script>alert(1)</script>" }), p({ text: "Hi <b onclick=x>there</b>" })],
    ],
    ["thematic breaks only separate", "a\n\n---\n\nb", [p({ text: "a" }), p({ text: "b" })]],
  ])("%s", (_, markdown, expected) => {
    expect(fromMarkdown(markdown)).toEqual(expected);
  });

  it("flattens quotes nested past the limit and stays fast", () => {
    const started = performance.now();
    const blocks = fromMarkdown(`${"> ".repeat(5000)}deep`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(toCanonicalText(blocks).text).toContain("deep");
    let depth = 0;
    for (let block: Block | undefined = blocks[0]; block?.type === "quote"; block = block.blocks[0])
      depth++;
    expect(depth).toBeLessThanOrEqual(4);
  });

  it("escapes emphasis in a block with too many marks, so micromark stays linear", () => {
    const marks = "*_".repeat(50_000);
    expect(toCanonicalText(fromMarkdown(`*fine* here\n\n${marks}`)).text).toBe(
      `fine here\n\n${marks}`,
    );
    expect(fromMarkdown("*fine* here")[0]).toEqual(
      p({ text: "fine", em: true }, { text: " here" }),
    );
  });

  it("refuses Markdown over the input cap", () => {
    expect(() => fromMarkdown("a".repeat(MAX_MARKDOWN_INPUT_CHARS + 1))).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }) as AppError,
    );
  });

  it("handles emphasis nested a thousand deep", () => {
    expect(
      toCanonicalText(fromMarkdown(`${"*_".repeat(1000)}x${"_*".repeat(1000)}`)).text,
    ).toContain("x");
  });
});
