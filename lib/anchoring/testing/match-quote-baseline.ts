// The yardstick for our anchoring: how Hypothesis places a TextQuoteSelector (its client's
// matchQuote, written here from its published description, not copied). The stored position is
// trusted when the quote is still there; otherwise every exact occurrence, or failing that every
// lowest-error approximate match within half the quote's length, is scored by quote similarity
// (weight 50), prefix and suffix similarity by edit distance (20 each) and nearness to the old
// position (2), and the best is taken. There is no threshold: it places whatever scored best.
import search from "approx-string-match";
import type { Anchor, TextTarget } from "../types";

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

export function matchQuoteBaseline(text: string, target: TextTarget): Anchor | null {
  const { exact, prefix, suffix, start, end } = target;
  if (exact.length === 0) return null;
  if (text.slice(start, end) === exact) return { start, end, method: "position", errors: 0 };

  let candidates: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  if (candidates.length === 0) candidates = search(text, exact, Math.min(256, exact.length / 2));

  let best: Anchor | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / exact.length;
    const prefixScore = prefix
      ? similarity(
          text.slice(Math.max(0, candidate.start - prefix.length), candidate.start),
          prefix,
        )
      : 1;
    const suffixScore = suffix
      ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix)
      : 1;
    const positionScore = 1 - Math.abs(candidate.start - start) / text.length;
    const score =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    // Strictly greater: on equal scores the earlier match stays, as a stable sort keeps it first.
    if (score > bestScore) {
      bestScore = score;
      best = {
        start: candidate.start,
        end: candidate.end,
        method: candidate.errors === 0 ? "exact" : "fuzzy",
        errors: candidate.errors,
      };
    }
  }
  return best;
}

/** 1 minus the edit distance of `stored`'s best alignment inside `actual`, per character of `stored`. */
function similarity(actual: string, stored: string): number {
  if (actual.length === 0 || stored.length === 0) return 0;
  const errors = search(actual, stored, stored.length)[0]?.errors ?? stored.length;
  return 1 - errors / stored.length;
}
