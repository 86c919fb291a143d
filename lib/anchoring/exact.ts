import { isWordEdge, splitsWord } from "./boundaries";
import {
  CONTEXT_WEIGHT,
  contextAgreement,
  contextEvidence,
  positionPoints,
  type ScoringContext,
} from "./candidate-score";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";

export type ExactMatch = {
  start: number;
  /** How well its surroundings agree with the stored context, 0 to 2 * CONTEXT_WEIGHT. */
  contextPoints: number;
  /**
   * Another exact occurrence has surroundings nearly as good, so the choice rests on little more
   * than nearness to the old offset: the caller must not present it as certain.
   */
  ambiguous: boolean;
  /** Every occurrence, in text order. */
  occurrences: number[];
};

/**
 * A context this many points better than the runner-up's (a little over three characters of a
 * 32-character context) picks one copy clearly; less could be an edit next to one of them.
 */
export const CLEAR_MARGIN = 2;
/**
 * Among many copies of a short quote ("a", "the report") one can beat the rest by chance; its
 * surroundings must also resemble the stored ones at least this much (unrelated text mostly scores 0.2 to 0.45).
 */
const MIN_CHOSEN_AGREEMENT = 0.5;

/**
 * The occurrence of `quote` in `text` whose surroundings best agree with the stored context, by
 * edit distance, or null when the quote does not occur. A repeated phrase ("the president said")
 * is common in news copy, so the first occurrence is often the wrong one; and an edit right next
 * to the right copy must not hand it to a copy elsewhere that happens to share a few characters.
 * Occurrences starting at an offset in `exclude` are passed over, and so are occurrences inside
 * a longer word when the stored quote was whole words: "a" is not the "a" of "punctuated".
 */
export function bestExactMatch(
  text: string,
  quote: string,
  context: ScoringContext,
  exclude?: ReadonlySet<number>,
): ExactMatch | null {
  if (quote.length === 0) return null;
  // Plain numbers in the loop: a short quote in a long article can occur thousands of times.
  let bestStart = -1;
  let bestContext = -Infinity;
  let bestTotal = -Infinity;
  let runnerUp = -Infinity;
  const occurrences: number[] = [];
  const wholeStart = isWordEdge(context.prefix, quote);
  const wholeEnd = isWordEdge(quote, context.suffix);
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (
      exclude?.has(at) ||
      (wholeStart && splitsWord(text, at)) ||
      (wholeEnd && splitsWord(text, at + quote.length))
    )
      continue;
    occurrences.push(at);
    const points =
      CONTEXT_WEIGHT *
      ((prefixSimilarity(context.prefixPattern, text, at) ?? 1) +
        (suffixSimilarity(context.suffixPattern, text, at + quote.length) ?? 1));
    const total = points + positionPoints(at, context.hint, text.length);
    if (total > bestTotal) {
      runnerUp = Math.max(runnerUp, bestContext);
      bestStart = at;
      bestContext = points;
      bestTotal = total;
    } else runnerUp = Math.max(runnerUp, points);
  }
  if (bestStart === -1) return null;
  const chosen =
    contextAgreement(contextEvidence(text, bestStart, bestStart + quote.length, context)) ?? 1;
  const clear =
    bestContext - runnerUp >= CLEAR_MARGIN &&
    (occurrences.length === 1 || chosen >= MIN_CHOSEN_AGREEMENT);
  return { start: bestStart, contextPoints: bestContext, ambiguous: !clear, occurrences };
}
