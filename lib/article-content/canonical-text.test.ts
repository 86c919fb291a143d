import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/text/paragraphs";
import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { normaliseBlocks } from "./normalise-blocks";

const p = (...texts: string[]): Block => ({
  type: "paragraph",
  inlines: texts.map((text) => ({ text })),
});

const nested: Block[] = [
  { type: "heading", level: 2, inlines: [{ text: "Title " }, { text: "part", em: true }] },
  p("  First   paragraph\nwith a ", "break"),
  {
    type: "quote",
    blocks: [
      p("Quoted one"),
      {
        type: "list",
        ordered: true,
        items: [[p("Item in quote")], [p("Second item"), p("its second paragraph")]],
      },
    ],
  },
  {
    type: "list",
    ordered: false,
    items: [[p("a "), { type: "list", ordered: false, items: [[p(" nested b")]] }]],
  },
  p("Emoji 😀 count as two code units", " and end."),
];

describe("toCanonicalText", () => {
  it("joins every text block, wherever it sits, with a blank line, in document order", () => {
    expect(toCanonicalText(nested).text).toBe(
      [
        "Title part",
        "First paragraph with a break",
        "Quoted one",
        "Item in quote",
        "Second item",
        "its second paragraph",
        "a",
        "nested b",
        "Emoji 😀 count as two code units and end.",
      ].join("\n\n"),
    );
  });

  it("gives each block and inline a span whose slice is its text", () => {
    const { text, spans } = toCanonicalText(nested);
    expect(spans).toHaveLength(9);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(
        span.block.inlines.map((inline) => inline.text).join(""),
      );
      span.block.inlines.forEach((inline, i) =>
        expect(text.slice(span.inlines[i]!.start, span.inlines[i]!.end)).toBe(inline.text),
      );
    }
  });

  it("finds the same paragraphs as splitParagraphs, so the reader's offsets keep working", () => {
    const { text, spans } = toCanonicalText(nested);
    expect(splitParagraphs(text)).toEqual(
      spans.map((span) => ({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
      })),
    );
  });

  it("gives paths that lead back to the block", () => {
    const { blocks, spans } = toCanonicalText(nested);
    const at = (path: number[]): unknown => {
      let node: unknown = blocks;
      for (let i = 0; i < path.length; i++) {
        const value = node as Block[] | Block;
        if (Array.isArray(value)) node = value[path[i]!];
        else if (value.type === "quote") node = value.blocks[path[i]!];
        else if (value.type === "list") node = value.items[path[i]!]![path[++i]!];
      }
      return node;
    };
    for (const span of spans) expect(at(span.path)).toBe(span.block);
    expect(spans[4]!.path).toEqual([2, 1, 1, 0]);
  });

  it.each([
    ["leading and trailing spaces across inlines", [p("  a", " ", " b  ")], "a b"],
    ["tabs and newlines collapse", [p("a\t\t\nb")], "a b"],
    ["no-break spaces are kept", [p("10\u00a0km")], "10\u00a0km"],
    [
      "whitespace-only blocks vanish",
      [p("   "), p("x"), { type: "quote", blocks: [p("\n")] } as Block],
      "x",
    ],
    ["no blocks, no text", [], ""],
  ])("normalises: %s", (_, blocks, expected) => {
    expect(toCanonicalText(blocks).text).toBe(expected);
  });

  it("is deterministic and normalisation is idempotent", () => {
    const once = normaliseBlocks(nested);
    expect(normaliseBlocks(once)).toEqual(once);
    expect(toCanonicalText(once)).toEqual(toCanonicalText(nested));
    expect(JSON.parse(JSON.stringify(once))).toEqual(once);
  });
});
