import { describe, expect, it } from "vitest";
import { codePointLength, offsetConverter } from "./code-points";
import { isGraphemeBoundary } from "./graphemes";

/**
 * Each script with a quote in it, where the quote starts and ends in UTF-16 code units and in
 * code points. Offsets differ only after characters outside the BMP (two units, one code point).
 */
const CASES: {
  script: string;
  text: string;
  quote: string;
  utf16: [number, number];
  codePoints: [number, number];
}[] = [
  {
    script: "ASCII",
    text: "Prices rose 3 percent.",
    quote: "rose 3",
    utf16: [7, 13],
    codePoints: [7, 13],
  },
  {
    script: "emoji",
    text: "Prices 📈 rose 3 percent.",
    quote: "rose 3",
    utf16: [10, 16],
    codePoints: [9, 15],
  },
  {
    script: "emoji inside the quote",
    text: "a 📈📉 b",
    quote: "📈📉 b",
    utf16: [2, 8],
    codePoints: [2, 6],
  },
  // 👩‍👩‍👧: three emoji (two units each) joined by two ZWJs (one unit each): 8 units, 5 code points, 1 grapheme.
  {
    script: "joined emoji (ZWJ sequence)",
    text: "👩‍👩‍👧 families felt it",
    quote: "families",
    utf16: [9, 17],
    codePoints: [6, 14],
  },
  {
    script: "flag (regional indicators)",
    text: "🇫🇷 France",
    quote: "France",
    utf16: [5, 11],
    codePoints: [3, 9],
  },
  // e + U+0301: two code points and two units, one grapheme; the count does not change, the boundary check must hold.
  {
    script: "combining accent",
    text: "Cafe\u0301 owners",
    quote: "owners",
    utf16: [6, 12],
    codePoints: [6, 12],
  },
  {
    script: "CJK (BMP)",
    text: "東京の物価は上がった。",
    quote: "物価",
    utf16: [3, 5],
    codePoints: [3, 5],
  },
  {
    script: "CJK outside the BMP",
    text: "𠮷野家で食べた",
    quote: "食べた",
    utf16: [5, 8],
    codePoints: [4, 7],
  },
  {
    script: "RTL (Arabic)",
    text: "وقال الوزير إن الأسعار ارتفعت",
    quote: "الوزير",
    utf16: [5, 11],
    codePoints: [5, 11],
  },
  {
    script: "RTL (Hebrew with points)",
    text: "שָׁלוֹם עולם",
    quote: "עולם",
    utf16: [8, 12],
    codePoints: [8, 12],
  },
];

describe("offsets between UTF-16 code units and code points", () => {
  it.each(CASES)("$script: both ways", ({ text, quote, utf16, codePoints }) => {
    expect(text.slice(...utf16)).toBe(quote);
    expect([...text].slice(...codePoints).join("")).toBe(quote);
    const convert = offsetConverter(text);
    expect(utf16.map((o) => convert.toCodePoints(o))).toEqual(codePoints);
    expect(codePoints.map((o) => convert.toUtf16(o))).toEqual(utf16);
    expect(convert.codePointLength).toBe([...text].length);
    expect(codePointLength(quote)).toBe(codePoints[1] - codePoints[0]);
  });

  it("round-trips every offset of a mixed text", () => {
    const text = "a📈b👩‍👩‍👧c\u0301𠮷d";
    const convert = offsetConverter(text);
    for (let cp = 0; cp <= convert.codePointLength; cp++)
      expect(convert.toCodePoints(convert.toUtf16(cp)!)).toBe(cp);
  });

  it("names no code-point offset for the middle of a surrogate pair, or one out of range", () => {
    const convert = offsetConverter("a📈b");
    expect(convert.toCodePoints(2)).toBeNull();
    expect(convert.toCodePoints(5)).toBeNull();
    expect(convert.toCodePoints(-1)).toBeNull();
    expect(convert.toUtf16(4)).toBeNull();
    expect(convert.toUtf16(1.5)).toBeNull();
  });
});

describe("grapheme boundaries", () => {
  const family = "👩‍👩‍👧";
  it.each([
    ["inside a ZWJ sequence, after the first emoji", `x${family}y`, 3],
    ["inside a ZWJ sequence, after a joiner", `x${family}y`, 4],
    ["between a letter and its combining accent", "Cafe\u0301 owners", 4],
    ["between the two regional indicators of a flag", "🇫🇷 France", 2],
    ["between the halves of a surrogate pair", "a📈b", 2],
    ["between a Hebrew letter and its points", "שָׁלוֹם", 1],
  ])("refuses %s", (_, text, offset) => {
    expect(isGraphemeBoundary(text, offset)).toBe(false);
  });

  it.each([
    ["before and after a ZWJ sequence", `x${family}y`, [1, 1 + family.length]],
    ["after an accented letter", "Cafe\u0301 owners", [5]],
    ["between CJK characters", "東京の物価", [1, 2, 3]],
    ["between Arabic letters (joined in rendering, separate characters)", "الوزير", [1, 2, 3]],
    ["the ends of the text", "abc", [0, 3]],
  ])("accepts %s", (_, text, offsets) => {
    for (const offset of offsets as number[])
      expect(isGraphemeBoundary(text as string, offset)).toBe(true);
  });
});
