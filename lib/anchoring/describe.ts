import type { TextTarget } from "./types";
import { ceilToCodePoint, floorToCodePoint } from "./unicode";

const WHITESPACE = /\s/;

/**
 * Builds the stored target for the span [start, end) of `body`. Returns null when nothing worth
 * annotating is selected (empty or whitespace-only), so callers can simply ignore such selections.
 */
export function describeRange(
  body: string,
  start: number,
  end: number,
  contextLength = 32,
): TextTarget | null {
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  let from = clip(Math.min(start, end), body.length);
  let to = clip(Math.max(start, end), body.length);

  // Browser selections routinely include the space or newline next to a word; leaving it in would
  // make the quote fail to match once the author reflows whitespace.
  while (from < to && WHITESPACE.test(body.charAt(from))) from += 1;
  while (to > from && WHITESPACE.test(body.charAt(to - 1))) to -= 1;
  if (from === to) return null;

  from = floorToCodePoint(body, from);
  to = ceilToCodePoint(body, to);
  const context = Math.max(0, Math.floor(contextLength));
  const prefixStart = ceilToCodePoint(body, Math.max(0, from - context));
  const suffixEnd = floorToCodePoint(body, Math.min(body.length, to + context));

  return {
    start: from,
    end: to,
    exact: body.slice(from, to),
    prefix: body.slice(prefixStart, from),
    suffix: body.slice(to, suffixEnd),
  };
}

function clip(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(offset)));
}
