import { describe, expect, it } from "vitest";
import { krippendorffAlphaNominal, type Unit } from "./krippendorff";

/** Turns a coders × units table with null for missing values into units. */
function unitsFromTable(table: readonly (readonly (string | null)[])[]): Unit[] {
  const width = Math.max(...table.map((row) => row.length));
  return Array.from({ length: width }, (_, u) =>
    table.map((row) => row[u] ?? null).filter((v): v is string => v !== null),
  );
}

// Nominal alpha = 1 − (n − 1) · O / E, with
//   O = Σ_units (m² − Σ_c m_c²) / (m − 1)   (off-diagonal coincidences)
//   E = n² − Σ_c n_c²                       (Σ_{c≠k} n_c · n_k)
describe("krippendorffAlphaNominal", () => {
  it.each([
    [
      // O = 0 → alpha = 1 (E: n_a = 4, n_b = 2, n = 6 → 36 − 20 = 16 ≠ 0)
      "perfect agreement",
      [
        ["a", "a"],
        ["b", "b"],
        ["a", "a"],
      ],
      1,
    ],
    [
      // each unit: m = 2, (4 − 2) / 1 = 2 → O = 4; n_yes = 2, n_no = 2, n = 4 → E = 16 − 8 = 8
      // alpha = 1 − 3·4 / 8 = 1 − 1.5 = −0.5
      "systematic disagreement",
      [
        ["yes", "no"],
        ["no", "yes"],
      ],
      -0.5,
    ],
    [
      // [a,a,a]: 0; [a,a,b]: m = 3, (9 − (4 + 1)) / 2 = 2; [b,b]: 0; [c]: not pairable, ignored
      // O = 2; n_a = 3 + 2 = 5, n_b = 1 + 2 = 3, n = 8 → E = 64 − (25 + 9) = 30
      // alpha = 1 − 7·2 / 30 = 16/30 ≈ 0.5333
      "missing data: units of 3, 3, 2 and 1 values",
      [["a", "a", "a"], ["a", "a", "b"], ["b", "b"], ["c"]],
      16 / 30,
    ],
    [
      // same data without the singleton (and with an empty unit): identical result
      "missing data: singleton dropped, empty unit added",
      [["a", "a", "a"], ["a", "a", "b"], ["b", "b"], []],
      16 / 30,
    ],
    [
      // Krippendorff 2011, binary, 2 coders, no missing data (A: 0100000010, B: 1110010000)
      // mismatching units: 1, 3, 6, 9 → each (4 − 2) / 1 = 2 → O = 8
      // n_0 = 8 + 6 = 14, n_1 = 2 + 4 = 6, n = 20 → E = 400 − (196 + 36) = 168
      // alpha = 1 − 19·8 / 168 = 1 − 152/168 = 16/168 ≈ 0.095 (published value 0.095)
      "Krippendorff 2011 binary example",
      unitsFromTable([
        ["0", "1", "0", "0", "0", "0", "0", "0", "1", "0"],
        ["1", "1", "1", "0", "0", "1", "0", "0", "0", "0"],
      ]),
      16 / 168,
    ],
  ])("%s", (_name, units, expected) => {
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(expected, 12);
  });

  it("reproduces Krippendorff's 2011 nominal example (4 coders, 12 units, missing data): 0.743", () => {
    // Table from "Computing Krippendorff's Alpha-Reliability" (2011), nominal case; null = missing.
    const table = [
      /* A */ ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
      /* B */ ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
      /* C */ [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
      /* D */ ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
    ];
    // Units (unit 12 has one value: not pairable):
    //   u2 {2,2,3,2}: (16 − (9 + 1)) / 3 = 2;  u6 {1,2,3,4}: (16 − 4) / 3 = 4;  u8 {1,1,2,1}: (16 − 10) / 3 = 2
    //   all other units are unanimous → O = 2 + 4 + 2 = 8
    // n_1 = 3 (u1) + 1 (u6) + 3 (u8) + 2 (u11) = 9
    // n_2 = 3 (u2) + 4 (u5) + 1 (u6) + 1 (u8) + 4 (u9) = 13
    // n_3 = 1 (u2) + 4 (u3) + 4 (u4) + 1 (u6) = 10
    // n_4 = 1 (u6) + 4 (u7) = 5;  n_5 = 3 (u10) = 3;  n = 40
    // E = 40² − (81 + 169 + 100 + 25 + 9) = 1600 − 384 = 1216
    // alpha = 1 − 39·8 / 1216 = 1 − 312/1216 = 904/1216 ≈ 0.74342
    const alpha = krippendorffAlphaNominal(unitsFromTable(table));
    expect(alpha).toBeCloseTo(904 / 1216, 12);
    expect(alpha).toBeCloseTo(0.743, 3);
  });

  it("does not depend on which coder gave which value within a unit", () => {
    const units = [
      ["a", "b", "a"],
      ["b", "b"],
      ["c", "a"],
    ];
    const shuffled = [
      ["a", "a", "b"],
      ["b", "b"],
      ["a", "c"],
    ];
    expect(krippendorffAlphaNominal(shuffled)).toBe(krippendorffAlphaNominal(units));
  });

  it.each([
    ["no units", []],
    ["only singleton units (fewer than 2 pairable values)", [["a"], ["b"], []]],
    // n_a = 5, n = 5 → E = 25 − 25 = 0: no variation, alpha undefined
    ["a single category everywhere (D_e = 0)", [["a", "a"], ["a", "a", "a"], ["b"]]],
  ])("is null for %s", (_name, units: Unit[]) => {
    expect(krippendorffAlphaNominal(units)).toBeNull();
  });
});
