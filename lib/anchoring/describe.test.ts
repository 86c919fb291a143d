import { describe, expect, it } from "vitest";
import { describeRange } from "./describe";

const BODY =
  "Alpha beta gamma.\n\nDelta epsilon zeta eta theta iota kappa lambda mu nu xi omicron.";

describe("describeRange", () => {
  it.each([
    [
      "a plain span",
      6,
      10,
      {
        start: 6,
        end: 10,
        exact: "beta",
        prefix: "Alpha ",
        suffix: " gamma.\n\nDelta epsilon zeta eta ",
      },
    ],
    [
      "reversed offsets",
      10,
      6,
      {
        start: 6,
        end: 10,
        exact: "beta",
        prefix: "Alpha ",
        suffix: " gamma.\n\nDelta epsilon zeta eta ",
      },
    ],
    [
      "whitespace around the span",
      5,
      11,
      {
        start: 6,
        end: 10,
        exact: "beta",
        prefix: "Alpha ",
        suffix: " gamma.\n\nDelta epsilon zeta eta ",
      },
    ],
    [
      "the very start",
      0,
      5,
      {
        start: 0,
        end: 5,
        exact: "Alpha",
        prefix: "",
        suffix: " beta gamma.\n\nDelta epsilon zeta",
      },
    ],
    [
      "the very end",
      75,
      83,
      {
        start: 75,
        end: 83,
        exact: "omicron.",
        prefix: "heta iota kappa lambda mu nu xi ",
        suffix: "",
      },
    ],
    ["offsets past the body", -20, 500, { start: 0, end: 83, exact: BODY, prefix: "", suffix: "" }],
    [
      "across paragraphs",
      11,
      24,
      {
        start: 11,
        end: 24,
        exact: "gamma.\n\nDelta",
        prefix: "Alpha beta ",
        suffix: " epsilon zeta eta theta iota kap",
      },
    ],
  ])("describes %s", (_name, start, end, expected) => {
    const target = describeRange(BODY, start, end);
    expect(target).toEqual(expected);
    // The quote must be recoverable from the body by position alone.
    expect(BODY.slice(target?.start, target?.end)).toBe(target?.exact);
  });

  it.each([
    ["an empty span", 6, 6],
    ["a whitespace-only span", 17, 19],
    ["a span clipped to nothing", 200, 300],
    ["NaN offsets", Number.NaN, 4],
  ])("returns null for %s", (_name, start, end) => {
    expect(describeRange(BODY, start, end)).toBeNull();
  });

  it("returns null on an empty body", () => {
    expect(describeRange("", 0, 10)).toBeNull();
  });

  it("honours a custom context length", () => {
    expect(describeRange(BODY, 6, 10, 3)).toEqual({
      start: 6,
      end: 10,
      exact: "beta",
      prefix: "ha ",
      suffix: " ga",
    });
    expect(describeRange(BODY, 6, 10, 0)).toEqual({
      start: 6,
      end: 10,
      exact: "beta",
      prefix: "",
      suffix: "",
    });
  });

  it("never splits a surrogate pair in the quote or its context", () => {
    const body = "ab😀cd😀ef";
    // 2..4 is the first emoji; offset 3 is between its halves.
    expect(describeRange(body, 3, 5)).toEqual({
      start: 2,
      end: 5,
      exact: "😀c",
      prefix: "ab",
      suffix: "d😀ef",
    });
    expect(describeRange(body, 5, 7, 3)).toEqual({
      start: 5,
      end: 8,
      exact: "d😀",
      prefix: "😀c",
      suffix: "ef",
    });
    // Context cut points that would land inside an emoji move outwards-in instead.
    expect(describeRange(body, 5, 6, 2)).toEqual({
      start: 5,
      end: 6,
      exact: "d",
      prefix: "c",
      suffix: "😀",
    });
    expect(describeRange(body, 0, 1, 2)).toEqual({
      start: 0,
      end: 1,
      exact: "a",
      prefix: "",
      suffix: "b",
    });
  });

  it("keeps curly quotes and other non-ASCII text as-is", () => {
    const body = "He said “no” — twice.";
    expect(describeRange(body, 8, 12, 4)).toEqual({
      start: 8,
      end: 12,
      exact: "“no”",
      prefix: "aid ",
      suffix: " — t",
    });
  });
});
