/** The labels given to one item by the coders who labelled it (missing coders simply absent). */
export type Unit = readonly string[];

function countValues(unit: Unit): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function sumOfSquares(counts: Iterable<number>): number {
  let sum = 0;
  for (const c of counts) sum += c * c;
  return sum;
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011), coincidence-matrix form.
 *
 * Only units with m_u ≥ 2 values are pairable; the others are ignored (they contribute neither
 * to the observed nor to the expected disagreement).
 *
 * Coincidences: within unit u, every ordered pair of distinct values (positions i ≠ j) adds
 * 1 / (m_u − 1) to o_ck. Hence n_c = Σ_k o_ck is the number of pairable values equal to c, and
 * n = Σ_c n_c is the number of pairable values. For nominal data (δ = 0 on the diagonal, 1 off it):
 *
 *   alpha = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 *
 * Per unit, Σ_{c≠k} o_ck = (m_u² − Σ_c m_uc²) / (m_u − 1), where m_uc counts value c in unit u
 * (m_u² ordered pairs including i = j, minus the m_uc² pairs of equal values).
 * Globally, Σ_{c≠k} n_c · n_k = n² − Σ_c n_c².
 *
 * Returns null when there are fewer than 2 pairable values, or when D_e = 0 (all pairable values
 * are the same category: there is no variation, alpha is 0/0 and undefined).
 */
export function krippendorffAlphaNominal(units: readonly Unit[]): number | null {
  const totals = new Map<string, number>(); // n_c
  let n = 0;
  let observedOffDiagonal = 0; // Σ_{c≠k} o_ck
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    const counts = countValues(unit);
    observedOffDiagonal += (m * m - sumOfSquares(counts.values())) / (m - 1);
    for (const [value, count] of counts) totals.set(value, (totals.get(value) ?? 0) + count);
    n += m;
  }
  if (n < 2) return null;
  const expectedOffDiagonal = n * n - sumOfSquares(totals.values()); // Σ_{c≠k} n_c · n_k (integer)
  if (expectedOffDiagonal === 0) return null;
  return 1 - ((n - 1) * observedOffDiagonal) / expectedOffDiagonal;
}
