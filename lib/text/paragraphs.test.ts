import { describe, expect, it } from "vitest";
import {
  joinParagraphs,
  lastParagraphIndexBefore,
  paragraphIndexAt,
  splitParagraphs,
} from "./paragraphs";

describe("splitParagraphs", () => {
  it.each([
    ["one", [[0, 3]]],
    [
      "one\n\ntwo",
      [
        [0, 3],
        [5, 8],
      ],
    ],
    [
      "a\nb\n\n\nc",
      [
        [0, 3],
        [6, 7],
      ],
    ],
    ["", []],
  ])("splits %j", (body, expected) => {
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual(expected);
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("paragraphIndexAt", () => {
  const paragraphs = splitParagraphs("abc\n\ndef\n\nghi");
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 1],
    [7, 1],
    [8, 2],
    [12, 2],
    [13, 3],
  ])("offset %i is in or before paragraph %i", (offset, index) => {
    expect(paragraphIndexAt(paragraphs, offset)).toBe(index);
  });
});

describe("lastParagraphIndexBefore", () => {
  const paragraphs = splitParagraphs("abc\n\ndef\n\nghi");
  it.each([
    [0, -1],
    [1, 0],
    [3, 0],
    [5, 0],
    [6, 1],
    [13, 2],
  ])("a span ending at %i ends in paragraph %i", (end, index) => {
    expect(lastParagraphIndexBefore(paragraphs, end)).toBe(index);
  });
});

describe("joinParagraphs", () => {
  it.each(["one", "one\n\ntwo", "a\nb\n\n\nc", "", "x\n\ny\n\nz"])("rebuilds %j", (body) => {
    expect(joinParagraphs(splitParagraphs(body))).toBe(body);
  });
});
