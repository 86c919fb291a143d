/**
 * A stretch of text the revision kept: `length` characters at `before` in the old text are the
 * same characters at `after` in the new one. Runs come in text order on both sides.
 */
export type AlignedRun = { before: number; after: number; length: number };

/** Ranges without a token unique on both sides are matched cell by cell up to this size, else left unmatched. */
const MAX_TABLE_CELLS = 1_000_000;

type Tokens = { ids: Int32Array; starts: Int32Array; ends: Int32Array };

/** What `\s` matches, by code: tested per character, a regular expression costs more than the whole alignment. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words and the whitespace between them, as ids shared by both texts: comparing ids is comparing tokens. */
function tokenize(text: string, vocabulary: Map<string, number>): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = 0; start < text.length;) {
    const space = isSpace(text.charCodeAt(start));
    let end = start + 1;
    while (end < text.length && isSpace(text.charCodeAt(end)) === space) end += 1;
    const token = text.slice(start, end);
    let id = vocabulary.get(token);
    if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
    ids.push(id);
    starts.push(start);
    ends.push(end);
    start = end;
  }
  return {
    ids: Int32Array.from(ids),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/**
 * Aligns an old and a new text by their words, in one pass over each: patience diff (tokens that
 * occur once on both sides anchor the alignment, the longest run of them in the same order wins,
 * and the ranges between are aligned the same way), with a table for small ranges that have no
 * such token. Myers' diff over a 50,000-word text with thousands of edits is O(N·D), billions of
 * steps; this is near linear. Text that moved (a paragraph cut and pasted) is left out of the
 * alignment on both sides, so callers search for it.
 */
export function alignTexts(before: string, after: string): AlignedRun[] {
  const vocabulary = new Map<string, number>();
  const a = tokenize(before, vocabulary);
  const b = tokenize(after, vocabulary);
  const partner = matchTokens(a.ids, b.ids, vocabulary.size);
  const runs: AlignedRun[] = [];
  for (let i = 0; i < partner.length; i += 1) {
    const j = partner[i]!;
    if (j < 0) continue;
    const last = runs[runs.length - 1];
    const length = a.ends[i]! - a.starts[i]!;
    if (
      last &&
      last.before + last.length === a.starts[i] &&
      last.after + last.length === b.starts[j]
    )
      last.length += length;
    else runs.push({ before: a.starts[i]!, after: b.starts[j]!, length });
  }
  return runs;
}

/** For each old token, the index of the new token it is aligned with, or -1. */
function matchTokens(a: Int32Array, b: Int32Array, vocabularySize: number): Int32Array {
  const partner = new Int32Array(a.length).fill(-1);
  // Per-range counts without clearing between ranges: a slot counts only when its stamp is the range's.
  const stamp = new Int32Array(vocabularySize).fill(-1);
  const countA = new Int32Array(vocabularySize);
  const countB = new Int32Array(vocabularySize);
  const atB = new Int32Array(vocabularySize);
  const ranges: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  let generation = 0;
  while (ranges.length > 0) {
    let [lo1, hi1, lo2, hi2] = ranges.pop()!;
    while (lo1 < hi1 && lo2 < hi2 && a[lo1] === b[lo2]) partner[lo1++] = lo2++;
    while (lo1 < hi1 && lo2 < hi2 && a[hi1 - 1] === b[hi2 - 1]) partner[--hi1] = --hi2;
    if (lo1 === hi1 || lo2 === hi2) continue;

    generation += 1;
    for (let i = lo1; i < hi1; i += 1) {
      const id = a[i]!;
      if (stamp[id] !== generation) {
        stamp[id] = generation;
        countA[id] = 0;
        countB[id] = 0;
      }
      countA[id] = countA[id]! + 1;
    }
    for (let j = lo2; j < hi2; j += 1) {
      const id = b[j]!;
      if (stamp[id] !== generation) continue;
      countB[id] = countB[id]! + 1;
      atB[id] = j;
    }
    const pairsA: number[] = [];
    const pairsB: number[] = [];
    for (let i = lo1; i < hi1; i += 1) {
      const id = a[i]!;
      if (countA[id] === 1 && countB[id] === 1) {
        pairsA.push(i);
        pairsB.push(atB[id]!);
      }
    }
    const anchors = longestIncreasing(pairsB);
    if (anchors.length === 0) {
      matchByTable(a, b, lo1, hi1, lo2, hi2, partner);
      continue;
    }
    let from1 = lo1;
    let from2 = lo2;
    for (const k of anchors) {
      const i = pairsA[k]!;
      const j = pairsB[k]!;
      partner[i] = j;
      ranges.push([from1, i, from2, j]);
      from1 = i + 1;
      from2 = j + 1;
    }
    ranges.push([from1, hi1, from2, hi2]);
  }
  return partner;
}

/** Indices into `values` of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length);
  for (let k = 0; k < values.length; k += 1) {
    const value = values[k]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    previous[k] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = k;
  }
  const out = new Array<number>(tails.length);
  for (
    let k = tails[tails.length - 1] ?? -1, n = tails.length - 1;
    k >= 0;
    k = previous[k]!, n -= 1
  )
    out[n] = k;
  return out;
}

/** Longest common subsequence of a small range, by table. */
function matchByTable(
  a: Int32Array,
  b: Int32Array,
  lo1: number,
  hi1: number,
  lo2: number,
  hi2: number,
  partner: Int32Array,
): void {
  const n = hi1 - lo1;
  const m = hi2 - lo2;
  if (n * m > MAX_TABLE_CELLS) return;
  const width = m + 1;
  const table = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[lo1 + i] === b[lo2 + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[lo1 + i] === b[lo2 + j]) partner[lo1 + i++] = lo2 + j++;
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i += 1;
    else j += 1;
  }
}
