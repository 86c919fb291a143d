/** Characters covered by at least one span (overlaps counted once), by merging sorted intervals. */
export function coveredLength(spans: readonly { start: number; end: number }[]): number {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let currentStart = -1;
  let currentEnd = -1;
  for (const span of sorted) {
    if (span.start > currentEnd) {
      total += currentEnd - currentStart;
      currentStart = span.start;
      currentEnd = span.end;
    } else currentEnd = Math.max(currentEnd, span.end);
  }
  return total + (currentEnd - currentStart);
}
