import search from "approx-string-match";

/** Beyond this many DP cells the exact distance costs more than it is worth to report. */
const MAX_CELLS = 4_000_000;

/**
 * Levenshtein distance, reported as an anchor's `errors`. approx-string-match's own error count
 * is for the best substring alignment, which no longer describes the span once its boundaries
 * have been adjusted; for huge spans that count is still used as an estimate.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  if (a.length * b.length > MAX_CELLS)
    return search(a, b, b.length)[0]?.errors ?? Math.max(a.length, b.length);
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
