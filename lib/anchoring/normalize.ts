/**
 * Text with every whitespace run collapsed to one space, plus the way back to the original
 * offsets. Editors reflow text (double spaces, "\n" for " ", NBSP) far more often than they change
 * words, and such edits should not push an annotation down to the fuzzy matcher.
 */
export type NormalizedText = {
  text: string;
  /** `toOriginal[i]` is the original offset of normalized character i. */
  toOriginal: Int32Array;
};

const WHITESPACE_RUN = /\s+/g;

export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, " ");
}

export function normalizeText(original: string): NormalizedText {
  const text = collapseWhitespace(original);
  const toOriginal = new Int32Array(text.length);
  let out = 0;
  let copied = 0;
  for (const run of original.matchAll(WHITESPACE_RUN)) {
    for (let i = copied; i < run.index; i += 1) toOriginal[out++] = i;
    toOriginal[out++] = run.index;
    copied = run.index + run[0].length;
  }
  for (let i = copied; i < original.length; i += 1) toOriginal[out++] = i;
  return { text, toOriginal };
}

/** Normalized offset of the character at (or the first one after) original `offset`. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  const map = normalized.toOriginal;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Original span of the normalized span [start, end). Callers pass spans that begin and end on
 * non-space characters, which map one-to-one, so the original span is exact.
 */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const first = normalized.toOriginal[start] ?? 0;
  const last = normalized.toOriginal[end - 1] ?? first;
  return { start: first, end: last + 1 };
}
