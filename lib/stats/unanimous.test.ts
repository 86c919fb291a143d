import { describe, expect, it } from "vitest";
import { unanimousShare, type Verdict } from "./unanimous";

describe("unanimousShare", () => {
  it.each([
    [
      // reviewed: items 1, 2, 4, 5 (item 3 has no verdict) = 4; unanimous: items 1 and 5 = 2 → 2/4 = 0.5
      "mixed items",
      [["agree", "agree"], ["agree", "disagree"], [], ["disagree"], ["agree"]],
      { reviewed: 4, unanimous: 2, share: 0.5 },
    ],
    [
      // reviewed 3, unanimous 1 (item 2) → 1/3
      "one unanimous out of three",
      [
        ["agree", "disagree", "agree"],
        ["agree", "agree", "agree"],
        ["disagree", "disagree"],
      ],
      { reviewed: 3, unanimous: 1, share: 1 / 3 },
    ],
    ["a single agreement", [["agree"]], { reviewed: 1, unanimous: 1, share: 1 }],
    [
      "unanimous disagreement is not unanimous agreement",
      [["disagree", "disagree"]],
      { reviewed: 1, unanimous: 0, share: 0 },
    ],
    ["no items", [], { reviewed: 0, unanimous: 0, share: null }],
    ["only unreviewed items", [[], []], { reviewed: 0, unanimous: 0, share: null }],
  ] as [string, Verdict[][], { reviewed: number; unanimous: number; share: number | null }][])(
    "%s",
    (_name, items, expected) => {
      expect(unanimousShare(items)).toEqual(expected);
    },
  );
});
