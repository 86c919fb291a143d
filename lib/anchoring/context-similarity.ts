/**
 * How well a stored prefix or suffix agrees with the text beside a candidate, by edit distance:
 * a context that lost or gained a character next to the quote still agrees in all its other
 * characters, which counting exactly matching characters from the quote outwards would miss.
 *
 * Contexts are compared on at most CONTEXT_CHARS characters next to the quote (what describeRange
 * stores; an imported selector may carry more), so a compiled pattern fits one 32-bit word and
 * Myers' bit-parallel algorithm scores a candidate in one pass over 32 characters. One pattern is
 * compiled per target and reused for every candidate, which matters for a quote like "the", whose
 * exact occurrences in a long article run into thousands.
 */
export const CONTEXT_CHARS = 32;

export type ContextPattern = {
  text: string;
  /** Bit i of ascii[c] (or of other.get(c) beyond ASCII) is set when text[i] === c; built on first use. */
  masks: { ascii: Int32Array; other: Map<number, number> | null } | null;
};

/**
 * The stored prefix's last, or the stored suffix's first, CONTEXT_CHARS characters. The bit masks
 * are built only when a candidate's surroundings differ from the stored ones: usually they do not.
 */
export function compileContext(stored: string, side: "prefix" | "suffix"): ContextPattern {
  return {
    text: side === "prefix" ? stored.slice(-CONTEXT_CHARS) : stored.slice(0, CONTEXT_CHARS),
    masks: null,
  };
}

function masksOf(pattern: ContextPattern): NonNullable<ContextPattern["masks"]> {
  if (pattern.masks !== null) return pattern.masks;
  const { text } = pattern;
  const ascii = new Int32Array(128);
  let other: Map<number, number> | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) | (1 << i);
    else (other ??= new Map()).set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return (pattern.masks = { ascii, other });
}

/**
 * Fewest edits that turn the pattern into some substring of text.slice(from, to) (Myers 1999,
 * search variant: the alignment may start and end anywhere in the text). At most the pattern's length.
 */
export function alignmentErrors(
  pattern: ContextPattern,
  text: string,
  from: number,
  to: number,
): number {
  const m = pattern.text.length;
  if (m === 0) return 0;
  const { ascii, other } = masksOf(pattern);
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j += 1) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? (ascii[code] ?? 0) : (other?.get(code) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score += 1;
    else if (mh & high) score -= 1;
    // No carry into bit 0: a free start in the text, which is what makes this a search.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}

/**
 * Characters searched beyond the stored context's length. With none (Hypothesis' window), a space
 * doubled beside the quote costs two errors: the extra space, and the far character it pushes out.
 */
const WINDOW_SLACK = 4;

/**
 * 1 when the text next to [start, end) holds the stored context, 0 when it shares nothing with it;
 * null when nothing was stored (the quote opened or closed the body), which is no evidence either way.
 */
export function prefixSimilarity(
  pattern: ContextPattern,
  text: string,
  start: number,
): number | null {
  const m = pattern.text.length;
  if (m === 0) return null;
  if (start >= m && text.startsWith(pattern.text, start - m)) return 1;
  return 1 - alignmentErrors(pattern, text, start - m - WINDOW_SLACK, start) / m;
}

export function suffixSimilarity(
  pattern: ContextPattern,
  text: string,
  end: number,
): number | null {
  const m = pattern.text.length;
  if (m === 0) return null;
  if (text.startsWith(pattern.text, end)) return 1;
  return 1 - alignmentErrors(pattern, text, end, end + m + WINDOW_SLACK) / m;
}
