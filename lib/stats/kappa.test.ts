import { describe, expect, it } from "vitest";
import { cohensKappa, type LabelPair } from "./kappa";

const times = (pair: LabelPair, count: number): LabelPair[] =>
  Array.from({ length: count }, () => pair);

// Integer form used throughout: kappa = (n·agree − Σ r1_k·r2_k) / (n² − Σ r1_k·r2_k)
describe("cohensKappa", () => {
  it.each([
    [
      // n = 3, agree = 3; r1: a 2, b 1; r2: a 2, b 1; Σ = 2·2 + 1·1 = 5
      // (3·3 − 5) / (9 − 5) = 4 / 4 = 1
      "perfect agreement",
      [
        ["a", "a"],
        ["b", "b"],
        ["a", "a"],
      ] as LabelPair[],
      1,
    ],
    [
      // Textbook 2×2 table, n = 50: a = 20 (yes, yes), b = 5 (yes, no), c = 10 (no, yes), d = 15 (no, no)
      // p_o = (20 + 15) / 50 = 0.70
      // r1: yes 25, no 25; r2: yes 30, no 20 → p_e = 0.5·0.6 + 0.5·0.4 = 0.30 + 0.20 = 0.50
      // kappa = (0.70 − 0.50) / (1 − 0.50) = 0.40   [integers: (50·35 − 1250) / (2500 − 1250) = 500/1250]
      "textbook 50-item yes/no table",
      [
        ...times(["yes", "yes"], 20),
        ...times(["yes", "no"], 5),
        ...times(["no", "yes"], 10),
        ...times(["no", "no"], 15),
      ],
      0.4,
    ],
    [
      // n = 2, agree = 0; r1: yes 1, no 1; r2: yes 1, no 1; Σ = 1 + 1 = 2
      // (2·0 − 2) / (4 − 2) = −2 / 2 = −1
      "systematic disagreement",
      [
        ["yes", "no"],
        ["no", "yes"],
      ] as LabelPair[],
      -1,
    ],
    [
      // n = 4, agree = 2; r1: a 2, b 2; r2: a 2, b 2; Σ = 4 + 4 = 8
      // (4·2 − 8) / (16 − 8) = 0 / 8 = 0
      "exactly chance-level agreement",
      [
        ["a", "a"],
        ["a", "b"],
        ["b", "a"],
        ["b", "b"],
      ] as LabelPair[],
      0,
    ],
    [
      // n = 4, agree = 2 (items 1 and 4); r1: s 2, u 1, d 1; r2: s 2, d 2 (r2 never says u)
      // Σ = s 2·2 + u 1·0 + d 1·2 = 6 → (4·2 − 6) / (16 − 6) = 2 / 10 = 0.2
      "three categories, one unused by rater 2",
      [
        ["s", "s"],
        ["s", "d"],
        ["u", "s"],
        ["d", "d"],
      ] as LabelPair[],
      0.2,
    ],
    [
      // Krippendorff 2011 binary data (A: 0100000010, B: 1110010000), n = 10, agree = 6
      // r1: 0 8, 1 2; r2: 0 6, 1 4; Σ = 8·6 + 2·4 = 56 → (10·6 − 56) / (100 − 56) = 4/44 = 1/11 ≈ 0.0909
      "Krippendorff 2011 binary data",
      [
        ["0", "1"],
        ["1", "1"],
        ["0", "1"],
        ["0", "0"],
        ["0", "0"],
        ["0", "1"],
        ["0", "0"],
        ["0", "0"],
        ["1", "0"],
        ["0", "0"],
      ] as LabelPair[],
      1 / 11,
    ],
  ])("%s", (_name, pairs, expected) => {
    expect(cohensKappa(pairs)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["no pairs", [] as LabelPair[]],
    // n = 2, r1: a 2, r2: a 2 → Σ = 4 = n², p_e = 1, kappa = 0/0 → undefined
    [
      "both raters always use the same single category (p_e = 1)",
      [
        ["a", "a"],
        ["a", "a"],
      ] as LabelPair[],
    ],
  ])("is null for %s", (_name, pairs) => {
    expect(cohensKappa(pairs)).toBeNull();
  });

  it("is symmetric in the two raters", () => {
    const pairs: LabelPair[] = [
      ["s", "s"],
      ["s", "d"],
      ["u", "s"],
      ["d", "d"],
      ["u", "u"],
    ];
    const swapped = pairs.map(([a, b]): LabelPair => [b, a]);
    expect(cohensKappa(swapped)).toBeCloseTo(cohensKappa(pairs) ?? Number.NaN, 12);
  });
});
