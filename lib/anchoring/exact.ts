/** What the stored target remembers about where its quote was, used to choose between candidates. */
export type QuoteContext = {
  prefix: string;
  suffix: string;
  /** The stored start offset, in the coordinates of the text being searched. */
  hint: number;
};

/**
 * Start of the occurrence of `quote` in `text` whose surroundings best agree with the stored
 * context, or null when the quote does not occur. A repeated phrase ("the president said") is
 * common in news copy, so the first occurrence is often the wrong one.
 */
export function bestExactMatch(text: string, quote: string, context: QuoteContext): number | null {
  if (quote.length === 0) return null;
  let best: number | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const score = commonSuffixLength(text, at, context.prefix) + commonPrefixLength(text, at + quote.length, context.suffix);
    const distance = Math.abs(at - context.hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters of `prefix`, read backwards, agree with `text` read backwards from `end`. */
function commonSuffixLength(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < end && text.charCodeAt(end - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n += 1;
  return n;
}

/** How many characters of `suffix` agree with `text` read forwards from `start`. */
function commonPrefixLength(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text.charCodeAt(start + n) === suffix.charCodeAt(n)) n += 1;
  return n;
}
