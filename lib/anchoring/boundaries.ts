import { alignSeam } from "./align";
import { ceilToCodePoint, floorToCodePoint } from "./unicode";

export type Span = { start: number; end: number };

const WHITESPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
/** How much of the quote and its context takes part in placing a boundary; keeps the DP small. */
const EDGE = 32;
/** The raw match can be off by its error count, and the true boundary by as much again. */
const MAX_SHIFT = 128;

/**
 * Moves the ends of an approximate match to where the old text's boundaries now are. The cheapest
 * alignment of an edited quote often stops short: "in July." against "in August." costs less as
 * "in Au" than as the whole word, but the stored suffix shows where the quote really ends. An end
 * moves at most about 2 * `slack`. Null if nothing but whitespace is left.
 */
export function refineBoundaries(
  text: string,
  raw: Span,
  quote: string,
  prefix: string,
  suffix: string,
  slack: number,
): Span | null {
  const shift = Math.min(2 * slack, MAX_SHIFT);
  const start = refineStart(text, raw, quote, prefix, shift);
  const end = refineEnd(text, raw, quote, suffix, shift);
  return start < end ? tidySpan(text, { start, end }) : null;
}

/** Drops whitespace at either end (selections hug words) and never splits a surrogate pair. */
export function tidySpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && WHITESPACE.test(text.charAt(start))) start += 1;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end -= 1;
  if (start >= end) return null;
  return { start: floorToCodePoint(text, start), end: ceilToCodePoint(text, end) };
}

/**
 * A raw approximate match often starts or ends inside a word ("old noted in" for "and noted the"
 * after "and told noted infiltrate"): the cheapest alignment need not respect words. When the old
 * selection began or ended at a word edge, widen such an end to the whole word, as a reader would
 * have selected it.
 */
export function snapToWords(
  text: string,
  span: Span,
  quote: string,
  prefix: string,
  suffix: string,
): Span {
  let { start, end } = span;
  if (isWordEdge(prefix, quote)) while (start > 0 && splitsWord(text, start)) start -= 1;
  if (isWordEdge(quote, suffix)) while (end < text.length && splitsWord(text, end)) end += 1;
  return { start, end };
}

function refineStart(
  text: string,
  raw: Span,
  quote: string,
  prefix: string,
  shift: number,
): number {
  if (prefix.length === 0) {
    // The quote opened the body; if little but whitespace precedes the match now, it still does.
    return hasAtMost(text, 0, raw.start, shift) ? 0 : raw.start;
  }
  const left = prefix.slice(-EDGE);
  const right = quote.slice(0, EDGE);
  const from = Math.max(0, raw.start - left.length - shift);
  const to = Math.min(text.length, raw.start + right.length + shift);
  const seam = alignSeam(text, from, to, left, right);
  // Text inserted right before the quote was not part of what the annotator selected.
  return pickSeam(text, seam.late, seam.early, isWordEdge(prefix, quote));
}

function refineEnd(text: string, raw: Span, quote: string, suffix: string, shift: number): number {
  if (suffix.length === 0) {
    return hasAtMost(text, raw.end, text.length, shift) ? text.length : raw.end;
  }
  const left = quote.slice(-EDGE);
  const right = suffix.slice(0, EDGE);
  const from = Math.max(0, raw.end - left.length - shift);
  const to = Math.min(text.length, raw.end + right.length + shift);
  const seam = alignSeam(text, from, to, left, right);
  return pickSeam(text, seam.early, seam.late, isWordEdge(quote, suffix));
}

/** Whether text.slice(from, to) holds at most `limit` non-whitespace characters; stops early. */
function hasAtMost(text: string, from: number, to: number, limit: number): boolean {
  let count = 0;
  for (let i = from; i < to && count <= limit; i += 1)
    if (!WHITESPACE.test(text.charAt(i))) count += 1;
  return count <= limit;
}

/** True when the old boundary between `before` and `after` did not cut through a word. */
export function isWordEdge(before: string, after: string): boolean {
  return !(WORD.test(before.charAt(before.length - 1)) && WORD.test(after.charAt(0)));
}

export function splitsWord(text: string, offset: number): boolean {
  return isWordChar(text.charCodeAt(offset - 1)) && isWordChar(text.charCodeAt(offset));
}

/** A letter or digit; ASCII is decided without the Unicode regex, which is slow in hot loops. */
function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return !Number.isNaN(code) && WORD.test(String.fromCharCode(code));
}

/**
 * Chooses within the range of equally cheap seams, starting from `preferred`. A selection made on
 * word boundaries should stay on word boundaries: an edited word at the quote's edge ("doon" ->
 * "gorni") otherwise aligns to "gorn", which no reader would have selected.
 */
function pickSeam(text: string, preferred: number, other: number, wordEdge: boolean): number {
  if (!wordEdge || !splitsWord(text, preferred)) return preferred;
  const step = other >= preferred ? 1 : -1;
  for (let at = preferred; at !== other + step; at += step) if (!splitsWord(text, at)) return at;
  return nearestWordBoundary(text, preferred);
}

/** Closest offset that is not inside a word; ties go to the later one, so edited words stay in. */
function nearestWordBoundary(text: string, offset: number): number {
  let back = offset;
  let ahead = offset;
  while (back > 0 && splitsWord(text, back)) back -= 1;
  while (ahead < text.length && splitsWord(text, ahead)) ahead += 1;
  return ahead - offset <= offset - back ? ahead : back;
}
