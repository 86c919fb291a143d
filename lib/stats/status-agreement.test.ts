import { describe, expect, it } from "vitest";
import { statusAgreement, statusItem, type StatusItem } from "./status-agreement";

const item = (
  authorStatus: string,
  ...given: [reviewer: string, status: string][]
): StatusItem => ({
  authorStatus,
  proposed: given.map(([reviewer, status]) => ({ reviewer, status })),
});

describe("statusAgreement", () => {
  it("computes alpha over annotation units and kappa between author and reviewer roles", () => {
    const items = [
      item("sourced", ["r1", "sourced"], ["r2", "sourced"]), // unit {S,S,S}
      item("disputed", ["r1", "unverified"]), //               unit {D,U}
      item("sourced"), //                                      no reviewer: not pairable
      item("unverified", ["r2", "unverified"]), //             unit {U,U}
      item("sourced", ["r1", "disputed"], ["r2", "sourced"]), // unit {S,D,S}
    ];
    // units = 4
    // alpha: O = {S,S,S} 0 + {D,U} (4 − 2)/1 = 2 + {U,U} 0 + {S,D,S} (9 − (4 + 1))/2 = 2 → 4
    //   n_S = 3 + 2 = 5, n_D = 1 + 1 = 2, n_U = 1 + 2 = 3, n = 10 → E = 100 − (25 + 4 + 9) = 62
    //   alpha = 1 − 9·4 / 62 = 26/62 ≈ 0.4194
    // kappa pairs (author, reviewer): (S,S) (S,S) (D,U) (U,U) (S,D) (S,S) → n = 6, agree = 4
    //   author: S 4, D 1, U 1; reviewer: S 3, D 1, U 2 → Σ = 4·3 + 1·1 + 1·2 = 15
    //   kappa = (6·4 − 15) / (36 − 15) = 9/21 ≈ 0.4286
    const result = statusAgreement(items);
    expect(result.units).toBe(4);
    expect(result.alpha).toBeCloseTo(26 / 62, 12);
    expect(result.kappa).toBeCloseTo(9 / 21, 12);
    expect(result.kappaRaters).toEqual(["author", "reviewer"]);
  });

  it("is 1 for both measures when every reviewer gives the author's status", () => {
    // units {S,S}, {D,D,D}: O = 0 → alpha 1; pairs (S,S) (D,D) (D,D): (3·3 − (1 + 4)) / (9 − 5) = 1
    const result = statusAgreement([
      item("sourced", ["r1", "sourced"]),
      item("disputed", ["r1", "disputed"], ["r2", "disputed"]),
    ]);
    expect(result).toEqual({ units: 2, alpha: 1, kappa: 1, kappaRaters: ["author", "reviewer"] });
  });

  it.each([
    ["no items", [] as StatusItem[], { units: 0, alpha: null, kappa: null, kappaRaters: null }],
    [
      "no reviewer statuses",
      [item("sourced"), item("disputed")],
      { units: 0, alpha: null, kappa: null, kappaRaters: null },
    ],
    [
      // one category everywhere: alpha has D_e = 0 and kappa has p_e = 1 → both undefined, but the pairs exist
      "a single status everywhere",
      [item("sourced", ["r1", "sourced"]), item("sourced", ["r2", "sourced"])],
      { units: 2, alpha: null, kappa: null, kappaRaters: ["author", "reviewer"] },
    ],
  ])("handles %s", (_name, items, expected) => {
    expect(statusAgreement(items)).toEqual(expected);
  });
});

describe("statusItem: what each review gives", () => {
  const agree = (reviewer: string) => ({ reviewer, verdict: "agree", proposedStatus: null });
  const disagree = (reviewer: string, proposedStatus: string | null) => ({
    reviewer,
    verdict: "disagree",
    proposedStatus,
  });

  it("gives the author's status for an agreement and the proposal for a disagreement", () => {
    expect(statusItem("sourced", [agree("r1"), disagree("r2", "disputed")]).proposed).toEqual([
      { reviewer: "r1", status: "sourced" },
      { reviewer: "r2", status: "disputed" },
    ]);
  });

  it("leaves out a disagreement that proposes no status", () => {
    expect(statusItem("sourced", [disagree("r1", null), agree("r2")]).proposed).toEqual([
      { reviewer: "r2", status: "sourced" },
    ]);
  });

  it("does not count a disagreement that proposes no status as agreement", () => {
    // Read as the author's status, these would be units {S,S} and {D,D}: alpha 1 over 2 units.
    const items = [
      statusItem("sourced", [disagree("r1", null)]),
      statusItem("disputed", [disagree("r2", null)]),
    ];
    expect(statusAgreement(items)).toEqual({
      units: 0,
      alpha: null,
      kappa: null,
      kappaRaters: null,
    });
    // Beside other reviews they change nothing.
    const others = [
      statusItem("sourced", [disagree("r3", "disputed")]),
      statusItem("disputed", [agree("r1")]),
    ];
    expect(statusAgreement([...items, ...others])).toEqual(statusAgreement(others));
  });
});
