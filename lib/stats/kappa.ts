/** One item labelled by both raters: [rater 1's label, rater 2's label]. */
export type LabelPair = readonly [string, string];

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Cohen's kappa for two raters over nominal categories.
 *
 *   kappa = (p_o − p_e) / (1 − p_e)
 *   p_o = share of items where both labels are equal
 *   p_e = Σ_k (share of rater 1 using k) · (share of rater 2 using k)
 *
 * Computed on integer counts to keep the arithmetic exact until the final division:
 *   kappa = (n · agreements − Σ_k r1_k · r2_k) / (n² − Σ_k r1_k · r2_k)
 *
 * Returns null when
 *  - there are no pairs (nothing to measure), or
 *  - p_e = 1, which happens only when both raters used one and the same category for every item.
 *    Then p_o = 1 too and kappa is 0/0: we report "undefined" (null) rather than guessing 1 or 0,
 *    because the data cannot distinguish agreement from a constant rating.
 */
export function cohensKappa(pairs: readonly LabelPair[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const rater1 = new Map<string, number>();
  const rater2 = new Map<string, number>();
  let agreements = 0;
  for (const [a, b] of pairs) {
    increment(rater1, a);
    increment(rater2, b);
    if (a === b) agreements += 1;
  }
  let chance = 0; // Σ_k r1_k · r2_k, i.e. p_e · n²
  for (const [category, count1] of rater1) chance += count1 * (rater2.get(category) ?? 0);
  const denominator = n * n - chance;
  if (denominator === 0) return null;
  return (n * agreements - chance) / denominator;
}
