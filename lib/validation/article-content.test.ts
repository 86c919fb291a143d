import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/article-content/blocks";
import { fromHtml } from "@/lib/article-content/from-html";
import { fromMarkdown } from "@/lib/article-content/from-markdown";
import { MAX_CANONICAL_TEXT_CHARS } from "@/lib/article-content/limits";
import { articleBlocksSchema } from "./article-content";

const p = (text: string, extra: Record<string, unknown> = {}): Block => ({
  type: "paragraph",
  inlines: [{ text, ...extra }],
});
const quoted = (depth: number): Block =>
  depth === 0 ? p("x") : { type: "quote", blocks: [quoted(depth - 1)] };

describe("articleBlocksSchema", () => {
  it("accepts what the converters produce, nesting included", () => {
    expect(
      articleBlocksSchema.safeParse(
        fromMarkdown(
          "# T\n\n> q\n> 1. [a](https://a.example/) *b*\n>    - c\n\n[m](mailto:x@y.example)",
        ),
      ).success,
    ).toBe(true);
    expect(
      articleBlocksSchema.safeParse(fromHtml(`${"<blockquote>".repeat(20)}deep`)).success,
    ).toBe(true);
  });

  it.each<[string, unknown]>([
    ["quotes nested 5 deep", [quoted(5)]],
    [
      "a list nested in 4 quotes",
      [
        {
          type: "quote",
          blocks: [
            {
              type: "quote",
              blocks: [
                {
                  type: "quote",
                  blocks: [
                    {
                      type: "quote",
                      blocks: [{ type: "list", ordered: false, items: [[p("x")]] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    ],
    ["a javascript: link", [p("x", { href: "javascript:alert(1)" })]],
    ["a data: link", [p("x", { href: "data:text/html,<script>alert(1)</script>" })]],
    ["a relative link", [p("x", { href: "/relative" })]],
    ["a NUL in text", [p("a\u0000b")]],
    ["a lone surrogate", [p("a\ud800b")]],
    ["an empty inline", [p("")]],
    ["an empty block list", []],
    ["a paragraph without inlines", [{ type: "paragraph", inlines: [] }]],
    ["heading level 1", [{ type: "heading", level: 1, inlines: [{ text: "x" }] }]],
    ["unknown block type", [{ type: "image", src: "https://a.example/i.png" }]],
    ["extra keys", [{ type: "paragraph", inlines: [{ text: "x", onclick: "alert(1)" }] }]],
    ["strong: false (only true is stored)", [p("x", { strong: false })]],
    ["too much text", [p("a".repeat(MAX_CANONICAL_TEXT_CHARS)), p("b")]],
  ])("refuses %s", (_, blocks) => {
    expect(articleBlocksSchema.safeParse(blocks).success).toBe(false);
  });

  it("accepts quotes 4 deep, http(s) and mailto links", () => {
    expect(
      articleBlocksSchema.safeParse([
        quoted(4),
        p("x", { href: "https://a.example/" }),
        p("y", { href: "mailto:a@b.example" }),
      ]).success,
    ).toBe(true);
  });
});
