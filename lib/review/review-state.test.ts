import { describe, expect, it } from "vitest";
import { isSettled, shouldAutoApprove, stateAfterEdit } from "./review-state";

const agree = (reviewerId: string) => ({ reviewerId, verdict: "agree" });
const disagree = (reviewerId: string) => ({ reviewerId, verdict: "disagree" });

describe("shouldAutoApprove", () => {
  it.each([
    ["two agreements reach the default threshold", "open", [agree("b"), agree("c")], 2, true],
    ["one agreement is not enough", "open", [agree("b")], 2, false],
    ["any disagreement blocks it", "open", [agree("b"), agree("c"), disagree("d")], 2, false],
    ["the author's own verdict does not count", "open", [agree("a"), agree("b")], 2, false],
    ["a threshold of 3 needs three", "open", [agree("b"), agree("c")], 3, false],
    ["a threshold of 0 turns the rule off", "open", [agree("b"), agree("c")], 0, false],
    [
      "only open annotations are approved by the rule",
      "rejected",
      [agree("b"), agree("c")],
      2,
      false,
    ],
    [
      "changes requested waits for the author's edit",
      "changes_requested",
      [agree("b"), agree("c")],
      2,
      false,
    ],
  ] as const)("%s", (_name, state, reviews, threshold, expected) => {
    expect(shouldAutoApprove(state, "a", reviews, threshold)).toBe(expected);
  });

  it("counts neither imported reviews nor the credited author's", () => {
    const imported = { reviewerId: "c", verdict: "agree", importedAt: new Date() };
    expect(shouldAutoApprove("open", ["a", "credited"], [agree("b"), imported], 2)).toBe(false);
    expect(shouldAutoApprove("open", ["a", "credited"], [agree("b"), agree("credited")], 2)).toBe(
      false,
    );
    expect(
      shouldAutoApprove(
        "open",
        ["a", "credited"],
        [agree("b"), agree("c"), { ...disagree("d"), importedAt: new Date() }],
        2,
      ),
    ).toBe(true);
  });
});

describe("stateAfterEdit", () => {
  it.each([
    ["approved", true, "open"],
    ["rejected", true, "open"],
    ["changes_requested", true, "open"],
    ["approved", false, "approved"],
    ["open", true, "open"],
  ] as const)("%s, substance changed: %s → %s", (state, changed, expected) => {
    expect(stateAfterEdit(state, changed)).toBe(expected);
  });
});

describe("isSettled", () => {
  it("is true only for approved and rejected", () => {
    expect(
      ["open", "approved", "rejected", "changes_requested"].map((s) => isSettled(s as never)),
    ).toEqual([false, true, true, false]);
  });
});
