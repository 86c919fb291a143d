import search from "approx-string-match";
import { refineBoundaries, tidySpan, type Span } from "./boundaries";
import { editDistance } from "./edit-distance";
import type { QuoteContext } from "./exact";

export type FuzzyMatch = { start: number; end: number; errors: number };

/** Below this length a quote never matches fuzzily: one error in "tax" already yields "tab", "wax"... */
const MIN_FUZZY_QUOTE = 4;
/**
 * Quotes shorter than this carry too little signal on their own, so a fuzzy hit must also be
 * backed by its surroundings; otherwise a deleted "Paris" would re-anchor on an unrelated "Parts".
 */
const SHORT_QUOTE = 32;
const MIN_CONTEXT_SIMILARITY = 0.5;

// Hypothesis' weights: the quote dominates, context separates near-ties, position breaks ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Error budget for a quote: 20% of its length, capped because Myers' cost grows with it. */
export function maxFuzzyErrors(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_QUOTE) return 0;
  return Math.min(256, Math.max(1, Math.floor(quoteLength * 0.2)));
}

/**
 * Best approximate occurrence of `quote` in `text.slice(from, to)` (offsets are into `text`), or
 * null if none is close enough. Only the lowest-error matches are considered (that is what
 * approx-string-match reports); context and distance from the hint choose between them.
 */
export function bestFuzzyMatch(text: string, quote: string, context: QuoteContext, from = 0, to = text.length): FuzzyMatch | null {
  const maxErrors = maxFuzzyErrors(quote.length);
  if (maxErrors === 0 || to <= from) return null;
  let best: FuzzyMatch | null = null;
  let bestScore = -Infinity;
  let bestDistance = Infinity;
  const seen = new Set<string>();
  for (const raw of representatives(search(text.slice(from, to), quote, maxErrors))) {
    const match = settle(text, { start: raw.start + from, end: raw.end + from }, quote, context, maxErrors);
    const key = match === null ? "" : `${match.start}:${match.end}`;
    if (match === null || seen.has(key)) continue;
    seen.add(key);
    const prefix = similarity(context.prefix, text.slice(Math.max(0, match.start - context.prefix.length), match.start));
    const suffix = similarity(context.suffix, text.slice(match.end, match.end + context.suffix.length));
    if (quote.length < SHORT_QUOTE && !contextAgrees(prefix, suffix)) continue;
    const distance = Math.abs(match.start - context.hint);
    const score =
      QUOTE_WEIGHT * (1 - match.errors / quote.length) +
      CONTEXT_WEIGHT * (prefix ?? 1) +
      CONTEXT_WEIGHT * (suffix ?? 1) +
      POSITION_WEIGHT * (1 - Math.min(1, distance / Math.max(1, text.length)));
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = match;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * approx-string-match reports every end position of a hit that reaches the lowest error count, so
 * one hit arrives as a run of overlapping matches. Boundary refinement looks around the match
 * anyway, so settling the middle one of each run is enough and saves most of the work.
 */
function representatives(matches: readonly Span[]): Span[] {
  const picked: Span[] = [];
  let run: Span[] = [];
  const flush = (): void => {
    const middle = run[run.length >> 1];
    if (middle !== undefined) picked.push(middle);
    run = [];
  };
  for (const match of matches) {
    const last = run[run.length - 1];
    if (last !== undefined && match.start >= last.end) flush();
    run.push(match);
  }
  flush();
  return picked;
}

/**
 * Final span and true edit distance of a raw hit. Boundaries follow the stored context unless
 * that costs more errors than the quote's budget, when the raw alignment is the safer guess.
 */
function settle(text: string, raw: Span, quote: string, context: QuoteContext, maxErrors: number): FuzzyMatch | null {
  const refined = refineBoundaries(text, raw, quote, context.prefix, context.suffix, maxErrors);
  const refinedErrors = refined === null ? Infinity : editDistance(text.slice(refined.start, refined.end), quote);
  if (refined !== null && refinedErrors <= maxErrors) return { ...refined, errors: refinedErrors };
  const plain = tidySpan(text, raw);
  return plain === null ? null : { ...plain, errors: editDistance(text.slice(plain.start, plain.end), quote) };
}

/**
 * 1 for identical, 0 for nothing in common; null when nothing was stored (the quote sat at the
 * start or end of the body), which is no evidence either way.
 */
function similarity(stored: string, actual: string): number | null {
  if (stored.length === 0) return null;
  if (actual.length === 0) return 0;
  const errors = search(actual, stored, stored.length)[0]?.errors ?? stored.length;
  return 1 - errors / stored.length;
}

function contextAgrees(prefix: number | null, suffix: number | null): boolean {
  const known = [prefix, suffix].filter((value): value is number => value !== null);
  if (known.length === 0) return true;
  return known.reduce((sum, value) => sum + value, 0) / known.length >= MIN_CONTEXT_SIMILARITY;
}
