import { describe, expect, it } from "vitest";
import { suggestClaims } from "./suggest-claims";

describe("suggestClaims", () => {
  it("suggests check-worthy sentences with every reason, at offsets whose slice is the sentence", () => {
    const text =
      "The mood was festive.\r\n\r\nThree sources said profits rose 12% to $4 million in 2021, the highest since 2019.";
    const [suggestion, ...rest] = suggestClaims(text);
    expect(rest).toEqual([]);
    expect(text.slice(suggestion!.start, suggestion!.end)).toBe(suggestion!.sentence);
    expect(suggestion!.reasons).toEqual([
      "a number",
      "a percentage",
      "money",
      "a date",
      "a comparison or superlative",
      "an attribution",
      "anonymous sourcing",
    ]);
  });

  it("leaves out headings and datelines, even with a date or a number in them", () => {
    expect(suggestClaims("Budget 2021: the numbers\nHARWICK, 3 March\n\nThe council met.")).toEqual(
      [],
    );
  });

  it("still suggests a whole-line sentence that ends like one", () => {
    expect(suggestClaims("He resigned in 2020.").map((s) => s.reasons)).toEqual([["a date"]]);
  });

  it("leaves out questions", () => {
    expect(suggestClaims("Who knows how many of the 200,000 survived?")).toEqual([]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(suggestClaims("")).toEqual([]);
    expect(suggestClaims(" \n\r\n ")).toEqual([]);
  });
});
