/** More footnote markers than this at one place are shown as one grouped marker with a list. */
export const MAX_MARKERS_INLINE = 5;

/** "7–142" for a run without gaps; "7…142" when numbers between are missing (they end elsewhere). */
export function markerRange(numbers: readonly number[]): string {
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  return `${first}${last - first + 1 === numbers.length ? "–" : "…"}${last}`;
}
