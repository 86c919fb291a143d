import { describe, expect, it } from "vitest";
import { segmentBody, type ParagraphPieces, type Span } from "./segments";

/** A compact picture: plain text as is, covered text as {text|1,2}, markers as [1,2], paragraphs joined by " ¶ ". */
function picture(paragraphs: ParagraphPieces[]): string {
  return paragraphs
    .map((p) =>
      p.pieces
        .map((x) =>
          x.kind === "markers"
            ? `[${x.numbers.join(",")}]`
            : x.covering.length
              ? `{${x.text}|${x.covering.join(",")}}`
              : x.text,
        )
        .join(""),
    )
    .join(" ¶ ");
}

const span = (n: number, start: number, end: number): Span => ({ n, start, end });

describe("segmentBody", () => {
  it.each<[string, string, Span[], string]>([
    ["no spans", "abc\n\ndef", [], "abc ¶ def"],
    ["one span", "abcdef", [span(1, 1, 3)], "a{bc|1}[1]def"],
    ["the whole body", "abc", [span(1, 0, 3)], "{abc|1}[1]"],
    ["overlapping", "abcdef", [span(1, 0, 4), span(2, 2, 6)], "{ab|1}{cd|1,2}[1]{ef|2}[2]"],
    ["nested", "abcdef", [span(1, 0, 6), span(2, 2, 4)], "{ab|1}{cd|1,2}[2]{ef|1}[1]"],
    ["identical", "abcdef", [span(2, 1, 3), span(1, 1, 3)], "a{bc|1,2}[1,2]def"],
    ["adjacent", "abcdef", [span(1, 0, 2), span(2, 2, 4)], "{ab|1}[1]{cd|2}[2]ef"],
    ["across a paragraph break", "abc\n\ndef", [span(1, 1, 7)], "a{bc|1} ¶ {de|1}[1]f"],
    ["ending at a paragraph's end", "abc\n\ndef", [span(1, 0, 3)], "{abc|1}[1] ¶ def"],
    ["ending inside the blank line", "abc\n\ndef", [span(1, 2, 4)], "ab{c|1}[1] ¶ def"],
    ["only the blank line", "abc\n\ndef", [span(1, 3, 5)], "abc[1] ¶ def"],
    ["keeps single newlines", "a\nb", [span(1, 0, 3)], "{a\nb|1}[1]"],
  ])("%s", (_, body, spans, expected) => {
    expect(picture(segmentBody(body, spans))).toBe(expected);
  });

  it("covers each paragraph's text exactly once, in order", () => {
    const body = "one two three\n\nfour five\n\nsix";
    const spans = [span(1, 0, 7), span(2, 4, 20), span(3, 8, 13), span(4, 26, 29)];
    const paragraphs = segmentBody(body, spans);
    for (const p of paragraphs) {
      const text = p.pieces.map((x) => (x.kind === "text" ? x.text : "")).join("");
      expect(text).toBe(body.slice(p.start, p.end));
    }
    // Every span gets exactly one marker.
    const markers = paragraphs.flatMap((p) =>
      p.pieces.flatMap((x) => (x.kind === "markers" ? [...x.numbers] : [])),
    );
    expect(markers.sort()).toEqual([1, 2, 3, 4]);
  });

  it("returns nothing for an empty body", () => {
    expect(segmentBody("", [])).toEqual([]);
  });

  it("handles a thousand overlapping spans on a long body in one sweep", () => {
    const body = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} has words in it.`).join(
      "\n\n",
    );
    const spans = Array.from({ length: 1000 }, (_, i) =>
      span(i + 1, (i * 61) % (body.length - 400), ((i * 61) % (body.length - 400)) + 1 + (i % 400)),
    );
    const paragraphs = segmentBody(body, spans);
    const markers = paragraphs.reduce(
      (sum, p) =>
        sum +
        p.pieces
          .filter((x) => x.kind === "markers")
          .reduce((s, x) => s + (x.kind === "markers" ? x.numbers.length : 0), 0),
      0,
    );
    expect(markers).toBe(1000);
  });
});
