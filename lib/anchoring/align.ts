/**
 * Where the seam between `left` and `right` falls when `left + right` is aligned (edit distance,
 * free to start and end anywhere) inside `text.slice(from, to)`. Returns an offset into `text`.
 *
 * Used on a stored context joined to the edge of its quote: aligning both at once puts the seam
 * where old and new text agree best, which a search for the context alone gets wrong when the
 * context itself was edited next to the quote. Text inserted exactly at the seam could belong to
 * either side, so the seam comes back as the range [early, late] of equally good places.
 */
export function alignSeam(
  text: string,
  from: number,
  to: number,
  left: string,
  right: string,
): { early: number; late: number } {
  const pattern = left + right;
  const rows = pattern.length + 1;
  const cols = to - from + 1;
  const cost = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i += 1) cost[i * cols] = i;
  for (let i = 1; i < rows; i += 1) {
    const code = pattern.charCodeAt(i - 1);
    for (let j = 1; j < cols; j += 1) {
      const diagonal =
        (cost[(i - 1) * cols + j - 1] ?? 0) + (code === text.charCodeAt(from + j - 1) ? 0 : 1);
      const up = (cost[(i - 1) * cols + j] ?? 0) + 1;
      const leftCost = (cost[i * cols + j - 1] ?? 0) + 1;
      cost[i * cols + j] = Math.min(diagonal, up, leftCost);
    }
  }

  // Cheapest end of the alignment; the earliest on ties keeps the seam close to the old match.
  let j = 0;
  for (let c = 1; c < cols; c += 1)
    if ((cost[(rows - 1) * cols + c] ?? 0) < (cost[(rows - 1) * cols + j] ?? 0)) j = c;

  // Walk back to the row where `left` ends; the path may run along that row (text inserted at
  // the seam), so remember the span of columns it covers there.
  let i = rows - 1;
  let seamEarly = -1;
  let seamLate = -1;
  while (i > 0) {
    if (i === left.length) {
      if (seamLate === -1) seamLate = j;
      seamEarly = j;
    }
    const here = cost[i * cols + j] ?? 0;
    if (
      j > 0 &&
      here ===
        (cost[(i - 1) * cols + j - 1] ?? 0) +
          (pattern.charCodeAt(i - 1) === text.charCodeAt(from + j - 1) ? 0 : 1)
    ) {
      i -= 1;
      j -= 1;
    } else if (here === (cost[(i - 1) * cols + j] ?? 0) + 1) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
  if (left.length === 0) seamEarly = seamLate = j;
  return { early: from + seamEarly, late: from + seamLate };
}
