import search from "approx-string-match";
import { refineBoundaries, snapToWords, tidySpan, type Span } from "./boundaries";
import {
  contextAgreement,
  contextEvidence,
  contextPoints,
  positionPoints,
  QUOTE_WEIGHT,
  type ContextEvidence,
  type ScoringContext,
} from "./candidate-score";
import { editDistance } from "./edit-distance";

type FuzzyMatch = { start: number; end: number; errors: number };

/** A match with its score on the scale candidate-score.ts defines, to weigh it against an exact occurrence. */
export type ScoredFuzzyMatch = FuzzyMatch & { score: number; evidence: ContextEvidence };

/** Below this length a quote never matches fuzzily: one error in "tax" already yields "tab", "wax"... */
const MIN_FUZZY_QUOTE = 4;
/** A quote at least this long, with at most this share of errors, is placed whatever its context. */
const SELF_EVIDENT_QUOTE = 32;
const SELF_EVIDENT_ERROR_RATE = 0.2;
const MIN_CONTEXT_AGREEMENT = 0.5;
const MIN_ONE_SIDE_AGREEMENT = 0.75;
/** Raw hits settled (boundaries refined, true distance computed) per search; the rest score too low to win. */
const SETTLED = 4;
/**
 * Settling moves a hit's ends to where the context fits, which raises its context points by a few
 * (about 0.6 per character of misplaced boundary per side); a raw hit further than this behind
 * the best settled one will not catch up, and is not worth the two alignments.
 */
const SETTLING_GAIN = 8;

/**
 * Error budget for a quote: half its length, as in Hypothesis, capped because Myers' cost grows
 * with it. So many errors are only accepted with context that vouches for them (see `accept`).
 */
export function maxFuzzyErrors(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_QUOTE) return 0;
  return Math.min(256, Math.floor(quoteLength / 2));
}

type Scored = FuzzyMatch & { searchErrors: number; evidence: ContextEvidence; score: number };

/**
 * Best approximate occurrence of `quote` in `text.slice(from, to)` (offsets are into `text`), or
 * null if none is close enough. approx-string-match reports only the lowest-error hits; the
 * stored context (by edit distance) and the distance from the old offset choose between them.
 * `exclude` lists starts of exact occurrences of the quote to look past: left in, they would be
 * the only lowest-error hits and hide an edited copy whose surroundings fit better.
 */
export function bestFuzzyMatch(
  text: string,
  quote: string,
  context: ScoringContext,
  from = 0,
  to = text.length,
  exclude: readonly number[] = [],
): ScoredFuzzyMatch | null {
  const maxErrors = maxFuzzyErrors(quote.length);
  if (maxErrors === 0 || to <= from) return null;
  // Candidates are ranked by the search's error count, which the span's final boundaries (whole
  // words, where the old context now is) may raise; the count reported is the final span's.
  const score = (span: Span, searchErrors: number): Scored => {
    const evidence = contextEvidence(text, span.start, span.end, context);
    const points =
      QUOTE_WEIGHT * (1 - searchErrors / quote.length) +
      contextPoints(evidence) +
      positionPoints(span.start, context.hint, text.length);
    return { ...span, errors: searchErrors, searchErrors, evidence, score: points };
  };

  // Scoring a raw hit is cheap; settling one costs two small alignments, so only the best few are settled.
  const raw = representatives(
    search(masked(text, from, to, exclude, quote.length), quote, maxErrors),
  )
    .map((hit) => score({ start: hit.start + from, end: hit.end + from }, hit.errors))
    .sort((a, b) => b.score - a.score)
    .slice(0, SETTLED);
  let best: Scored | null = null;
  const seen = new Set<string>();
  for (const hit of raw) {
    if (best !== null && hit.score + SETTLING_GAIN < best.score) break;
    // The raw hit is off by at most its own errors; a fifth of the quote covers an edited word at its edge.
    const span = settle(
      text,
      hit,
      quote,
      context,
      Math.max(hit.searchErrors, Math.ceil(quote.length / 5)),
      maxErrors,
    );
    const key = span === null ? "" : `${span.start}:${span.end}`;
    if (span === null || seen.has(key)) continue;
    seen.add(key);
    const candidate = { ...score(span, hit.searchErrors), errors: span.errors };
    if (best === null || candidate.score > best.score) best = candidate;
  }
  return best !== null && accept(best, quote.length)
    ? {
        start: best.start,
        end: best.end,
        errors: best.errors,
        score: best.score,
        evidence: best.evidence,
      }
    : null;
}

/** text.slice(from, to) with each excluded span blanked out with NULs, which article text does not contain. */
function masked(
  text: string,
  from: number,
  to: number,
  exclude: readonly number[],
  length: number,
): string {
  const inside = exclude.filter((at) => at + length > from && at < to);
  if (inside.length === 0) return text.slice(from, to);
  const parts: string[] = [];
  let at = from;
  for (const start of inside) {
    const blankFrom = Math.max(at, start);
    const blankTo = Math.min(to, start + length);
    parts.push(text.slice(at, blankFrom), "\u0000".repeat(Math.max(0, blankTo - blankFrom)));
    at = Math.max(at, blankTo);
  }
  parts.push(text.slice(at, to));
  return parts.join("");
}

/**
 * Whether a candidate's evidence is strong enough to place the annotation there rather than leave
 * it an orphan. Hypothesis places whatever scores best, so a quote whose words were all rewritten
 * lands on any similar words nearby. Here a long quote with few errors stands on its own (random
 * text does not come that close to 32 characters), and anything weaker (a short quote, or one with
 * many errors) needs its surroundings: on average as similar as half their characters, or one
 * side nearly intact, as when the paragraph it opens or closes moved. Unrelated text mostly scores
 * 0.2 to 0.45 against a 32-character context; a sentence sharing a few words can pass 0.5.
 */
function accept(candidate: Scored, quoteLength: number): boolean {
  if (
    quoteLength >= SELF_EVIDENT_QUOTE &&
    candidate.searchErrors <= SELF_EVIDENT_ERROR_RATE * quoteLength
  )
    return true;
  const { prefix, suffix } = candidate.evidence;
  const mean = contextAgreement(candidate.evidence);
  return (
    mean === null ||
    mean >= MIN_CONTEXT_AGREEMENT ||
    Math.max(prefix ?? 0, suffix ?? 0) >= MIN_ONE_SIDE_AGREEMENT
  );
}

/**
 * approx-string-match reports every end position of a hit that reaches the lowest error count, so
 * one hit arrives as a run of overlapping matches. Boundary refinement looks around the match
 * anyway, so settling the middle one of each run is enough and saves most of the work.
 */
function representatives(
  matches: readonly (Span & { errors: number })[],
): (Span & { errors: number })[] {
  const picked: (Span & { errors: number })[] = [];
  let run: (Span & { errors: number })[] = [];
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
 * that adds more errors than the raw hit could be off by, when the raw alignment is the safer
 * guess: an imported selector without context would otherwise stretch to the end of the text.
 */
function settle(
  text: string,
  raw: Span & { searchErrors: number },
  quote: string,
  context: ScoringContext,
  slack: number,
  maxErrors: number,
): FuzzyMatch | null {
  const refined = refineBoundaries(text, raw, quote, context.prefix, context.suffix, slack);
  const refinedErrors =
    refined === null ? Infinity : editDistance(text.slice(refined.start, refined.end), quote);
  if (refined !== null && refinedErrors <= Math.min(maxErrors, raw.searchErrors + slack))
    return { ...refined, errors: refinedErrors };
  const plain = tidySpan(text, raw);
  if (plain === null) return null;
  const snapped = snapToWords(text, plain, quote, context.prefix, context.suffix);
  return { ...snapped, errors: editDistance(text.slice(snapped.start, snapped.end), quote) };
}
