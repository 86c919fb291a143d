import {
  CONTEXT_WEIGHT,
  contextEvidence,
  contextPoints,
  POSITION_WEIGHT,
  positionPoints,
  QUOTE_WEIGHT,
  scoringContext,
  type ScoringContext,
} from "./candidate-score";
import { editDistance } from "./edit-distance";
import { bestExactMatch, CLEAR_MARGIN } from "./exact";
import { bestFuzzyMatch, type ScoredFuzzyMatch } from "./fuzzy";
import {
  collapseWhitespace,
  normalizeText,
  toNormalizedOffset,
  toOriginalSpan,
  type NormalizedText,
} from "./normalize";
import type { Anchor, AnchorOptions, TextTarget } from "./types";

const DEFAULT_FUZZY_WINDOW = 4096;
/** An approximate match near the old offset with at most this share of errors is not searched past. */
const CLOSE_MATCH_ERROR_RATE = 0.2;
/** Context similarity on both sides at which a poor match near the old offset is the quote edited in place, not worth a search of the whole text. */
const INTACT_CONTEXT = 0.9;
/** Share of the context points (see candidate-score.ts) above which a nearby exact copy is taken without looking for an edited one. */
const SETTLED_CONTEXT = 0.75;

/**
 * A body plus the derived data some strategies need. The whitespace-normalized copy costs a pass
 * over the whole body, so it is built on first use and shared by every target of anchorAll.
 */
export type PreparedBody = {
  text: string;
  normalized: () => NormalizedText;
};

export function prepareBody(text: string): PreparedBody {
  let cached: NormalizedText | undefined;
  return { text, normalized: () => (cached ??= normalizeText(text)) };
}

/**
 * Re-finds a stored target in a (possibly revised) body, trying the cheapest and most certain
 * strategies first. Returns null when the quote is gone: the annotation is an orphan.
 */
export function anchorTarget(
  body: string,
  target: TextTarget,
  options?: AnchorOptions,
): Anchor | null {
  return anchorPrepared(prepareBody(body), target, options);
}

/** The usual case: the body did not change under the annotation or around it. O(quote length). */
export function anchorUnchanged(text: string, target: TextTarget): Anchor | null {
  const { exact, prefix, suffix, start, end } = target;
  if (exact.length === 0 || end - start !== exact.length || start < prefix.length) return null;
  const kept =
    text.startsWith(exact, start) &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end);
  return kept ? { start, end, method: "position", errors: 0 } : null;
}

export function anchorPrepared(
  body: PreparedBody,
  target: TextTarget,
  options?: AnchorOptions,
): Anchor | null {
  const { text } = body;
  const { exact, prefix, suffix, start } = target;
  if (exact.length === 0 || text.length === 0) return null;

  const unchanged = anchorUnchanged(text, target);
  if (unchanged) return unchanged;
  // Where only the surroundings changed, the old offset is still a candidate, weighed below.
  const fits = target.end - start === exact.length && start >= 0 && text.startsWith(exact, start);

  const context = scoringContext({ prefix, suffix, hint: start });
  const found = bestExactMatch(text, exact, context);
  const exactScore =
    found === null
      ? -Infinity
      : QUOTE_WEIGHT + found.contextPoints + positionPoints(found.start, start, text.length);
  // Anything approximate has at least one error, so it cannot outscore an exact copy whose
  // surroundings are this good; the usual moved-but-unchanged quote stops here.
  const ceiling = QUOTE_WEIGHT * (1 - 1 / exact.length) + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;
  const window = Math.max(0, options?.fuzzyWindow ?? DEFAULT_FUZZY_WINDOW);
  // Nor, in practice, does it beat a copy near the old offset whose surroundings mostly survived:
  // that is the quote with a word changed beside it, the commonest edit, and not worth a search.
  const settled =
    found !== null &&
    Math.abs(found.start - start) <= window &&
    found.contextPoints >= SETTLED_CONTEXT * 2 * CONTEXT_WEIGHT;
  const alternative =
    exactScore >= ceiling || settled
      ? null
      : bestApproximate(body, target, context, window, found?.occurrences ?? []);

  if (found !== null && (alternative === null || exactScore >= alternative.score)) {
    // Two copies (or an edited one) the context cannot tell apart: placed, but not presented as certain.
    const ambiguous =
      found.ambiguous || (alternative !== null && exactScore - alternative.score < CLEAR_MARGIN);
    // The words around the old offset changed; it still wins unless another copy's surroundings are clearly better.
    // Where copies tie, the one at the old offset is the better guess, but still only a guess.
    const at = fits && (found.start === start || ambiguous) ? start : found.start;
    return {
      start: at,
      end: at + exact.length,
      method: ambiguous ? "fuzzy" : fits && at === start ? "position" : "exact",
      errors: 0,
    };
  }
  return alternative === null
    ? null
    : {
        start: alternative.start,
        end: alternative.end,
        method: "fuzzy",
        errors: alternative.errors,
      };
}

/**
 * The best placement of an edited or reflowed quote: the quote with whitespace collapsed, else
 * an approximate match near the old offset, else (when no exact copy exists) anywhere.
 */
function bestApproximate(
  body: PreparedBody,
  target: TextTarget,
  context: ScoringContext,
  window: number,
  exactCopies: readonly number[],
): ScoredFuzzyMatch | null {
  const { text } = body;
  const reflowed = anchorIgnoringWhitespace(body, target, context, exactCopies);
  if (reflowed !== null) return reflowed;
  const from = clamp(target.start - window, text.length);
  const to = clamp(Math.max(target.start, target.end) + window, text.length);
  const near = bestFuzzyMatch(text, target.exact, context, from, to, exactCopies);
  // An exact copy elsewhere is a better answer than a far-away approximate one.
  if (exactCopies.length > 0 || (from === 0 && to === text.length)) return near;
  // A close match near the old offset is the edited quote; a poor one may only be the best the
  // window offers, while the quote moved further than the window with fewer changes.
  if (
    near !== null &&
    (near.errors <= CLOSE_MATCH_ERROR_RATE * target.exact.length ||
      Math.min(near.evidence.prefix ?? 1, near.evidence.suffix ?? 1) >= INTACT_CONTEXT)
  )
    return near;
  const anywhere = bestFuzzyMatch(text, target.exact, context);
  return near === null || (anywhere !== null && anywhere.score > near.score) ? anywhere : near;
}

/**
 * Exact search after collapsing whitespace runs on both sides, mapped back to body offsets and
 * scored there like any other candidate. Reported as fuzzy, since the text under the anchor
 * differs from the stored quote.
 */
function anchorIgnoringWhitespace(
  body: PreparedBody,
  target: TextTarget,
  original: ScoringContext,
  exactCopies: readonly number[],
): ScoredFuzzyMatch | null {
  const quote = collapseWhitespace(target.exact).trim();
  // Without whitespace in it, the quote occurs in the normalized body only where it already
  // failed to occur in the body itself; skipping saves building the normalized copy.
  if (quote.length === 0 || (quote === target.exact && !quote.includes(" "))) return null;
  const normalized = body.normalized();
  const context = scoringContext({
    prefix: collapseWhitespace(target.prefix),
    suffix: collapseWhitespace(target.suffix),
    hint: toNormalizedOffset(normalized, target.start),
  });
  // The exact copies were weighed already; only a reflowed one is an alternative to them.
  const copies = new Set(exactCopies.map((at) => toNormalizedOffset(normalized, at)));
  const match = bestExactMatch(normalized.text, quote, context, copies);
  if (match === null) return null;
  const span = toOriginalSpan(normalized, match.start, match.start + quote.length);
  const errors = editDistance(body.text.slice(span.start, span.end), target.exact);
  const evidence = contextEvidence(body.text, span.start, span.end, original);
  const score =
    QUOTE_WEIGHT * (1 - Math.min(1, errors / target.exact.length)) +
    contextPoints(evidence) +
    positionPoints(span.start, target.start, body.text.length);
  return { ...span, errors, score, evidence };
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, offset));
}
