/**
 * Read-only lookup of half-open intervals [start, end), e.g. which highlights cover a clicked
 * offset. Results come in a stable order (start, then end, then input order) so the UI can stack
 * overlapping highlights the same way on every render.
 */
export type IntervalIndex<T> = {
  /** Intervals with start <= offset < end. */
  at(offset: number): T[];
  /** Intervals with start < end' and end > start' (the standard half-open overlap test). */
  overlapping(start: number, end: number): T[];
};

/**
 * Intervals are sorted by start, so those starting early enough form a prefix; a max-end segment
 * tree over that order skips every subtree whose intervals all end too early. A query visits
 * O(log n + k log(n / k)) nodes for k results, and the tree is two flat arrays.
 */
export function createIntervalIndex<T extends { start: number; end: number }>(
  items: readonly T[],
): IntervalIndex<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  const n = sorted.length;
  const starts = Float64Array.from(sorted, (item) => item.start);
  let size = 1;
  while (size < n) size *= 2;
  // Node i covers leaves [lo, hi); leaf j lives at size + j; its children are 2i and 2i + 1.
  const maxEnd = new Float64Array(2 * size).fill(-Infinity);
  sorted.forEach((item, j) => (maxEnd[size + j] = item.end));
  for (let i = size - 1; i >= 1; i -= 1)
    maxEnd[i] = Math.max(maxEnd[2 * i] ?? -Infinity, maxEnd[2 * i + 1] ?? -Infinity);

  /** Items among the first `count` whose end exceeds `after`, in sorted order. */
  function collect(count: number, after: number): T[] {
    const out: T[] = [];
    const visit = (node: number, lo: number, hi: number): void => {
      if (lo >= count || (maxEnd[node] ?? -Infinity) <= after) return;
      if (hi - lo === 1) {
        const item = sorted[lo];
        if (item !== undefined) out.push(item);
        return;
      }
      const mid = (lo + hi) >> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid, hi);
    };
    if (n > 0) visit(1, 0, size);
    return out;
  }

  return {
    at(offset) {
      if (Number.isNaN(offset)) return [];
      return collect(
        firstIndex(starts, (start) => start > offset),
        offset,
      );
    },
    overlapping(start, end) {
      if (Number.isNaN(start) || Number.isNaN(end)) return [];
      const [from, to] = start <= end ? [start, end] : [end, start];
      return collect(
        firstIndex(starts, (s) => s >= to),
        from,
      );
    },
  };
}

/** First index whose value satisfies `past` (a predicate monotone over the sorted array), else its length. */
function firstIndex(values: Float64Array, past: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(values[mid] ?? Infinity)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
