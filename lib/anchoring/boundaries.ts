import search from "approx-string-match";
import { ceilToCodePoint, floorToCodePoint } from "./unicode";

export type Span = { start: number; end: number };

const WHITESPACE = /\s/;
/** Share of a context string that may differ and still be trusted to mark a boundary. */
const CONTEXT_ERROR_RATE = 0.25;

/**
 * Moves the ends of an approximate match to where the stored prefix and suffix now sit. The
 * cheapest alignment of an edited quote often stops short: "in July." against "in August." costs
 * less as "in Au" than as the whole word. The context shows where the quote really ends. `slack`
 * bounds how far either end may move; null if nothing but whitespace is left.
 */
export function refineBoundaries(text: string, span: Span, prefix: string, suffix: string, slack: number): Span | null {
  const start = refineStart(text, span, prefix, slack);
  const end = refineEnd(text, { start, end: span.end }, suffix, slack);
  return tidySpan(text, { start, end });
}

/** Drops whitespace at either end (selections hug words) and never splits a surrogate pair. */
export function tidySpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && WHITESPACE.test(text.charAt(start))) start += 1;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end -= 1;
  if (start >= end) return null;
  return { start: floorToCodePoint(text, start), end: ceilToCodePoint(text, end) };
}

function refineStart(text: string, span: Span, prefix: string, slack: number): number {
  if (prefix.length === 0) {
    // The quote opened the body; if little but whitespace precedes the match now, it still does.
    const lead = text.slice(0, span.start).trim().length;
    return lead <= slack ? 0 : span.start;
  }
  const from = Math.max(0, span.start - slack - prefix.length);
  const to = Math.min(span.end - 1, span.start + slack);
  if (to <= from) return span.start;
  const matches = search(text.slice(from, to), prefix, Math.floor(prefix.length * CONTEXT_ERROR_RATE));
  return nearest(matches.map((m) => from + m.end), span.start);
}

function refineEnd(text: string, span: Span, suffix: string, slack: number): number {
  if (suffix.length === 0) {
    const tail = text.slice(span.end).trim().length;
    return tail <= slack ? text.length : span.end;
  }
  const from = Math.max(span.start + 1, span.end - slack);
  const to = Math.min(text.length, span.end + slack + suffix.length);
  if (to <= from) return span.end;
  const matches = search(text.slice(from, to), suffix, Math.floor(suffix.length * CONTEXT_ERROR_RATE));
  return nearest(matches.map((m) => from + m.start), span.end);
}

function nearest(candidates: readonly number[], current: number): number {
  let best = current;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = Math.abs(candidate - current);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
