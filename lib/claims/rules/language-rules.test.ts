import { describe, expect, it } from "vitest";
import { comparison, hedge } from "./language-rules";
import { factsOf } from "./test-facts";

describe("comparison", () => {
  it.each([
    "It was the strongest storm since 2019.",
    "Sales were higher than a year earlier.",
    "Deaths rose to 1,146 last year.",
    "Profit fell by a third.",
    "It is the most dangerous road in the county.",
    "The attendance was a record.",
  ])("finds one in %j", (s) => {
    expect(comparison(factsOf(s))).toBe("a comparison or superlative");
  });
  it.each([
    "He declined to comment.",
    "She thanked the team.",
    "These are the latest figures.",
    "At least the rain stopped.",
    "The band played until dark.",
  ])("finds none in %j", (s) => {
    expect(comparison(factsOf(s))).toBeNull();
  });
});

describe("hedge", () => {
  it.each([
    "The rain could continue into Tuesday.",
    "Putin is likely to act.",
    "The storm is expected to move east.",
    "The data suggest a link.",
    "He allegedly took bribes.",
  ])("finds one in %j", (s) => {
    expect(hedge(factsOf(s))).toBe("a hedge or modal claim");
  });
  it.each(["The council will meet on Monday.", "He took bribes.", "The mood was festive."])(
    "finds none in %j",
    (s) => {
      expect(hedge(factsOf(s))).toBeNull();
    },
  );
});
