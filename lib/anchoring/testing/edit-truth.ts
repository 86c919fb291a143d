import type { EditedBody } from "./seeded-edits";

const WHITESPACE = /\s/;

/**
 * Where the text of old span [start, end) is in the edited body: from the first to the last of
 * its surviving characters, widened over a word that replaced its first or last word (its edited
 * form), without surrounding whitespace. Null when none of it survived: the quote is gone.
 */
export function truthOf(
  edited: EditedBody,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const { body, origin, destination } = edited;
  let first = Infinity;
  let last = -1;
  for (let old = start; old < end; old += 1) {
    const at = destination[old] ?? -1;
    if (at === -1) continue;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  if (last === -1) return null;
  let from = first;
  let to = last + 1;
  if (origin[first] !== start)
    while (from > 0 && origin[from - 1] === -1 && !WHITESPACE.test(body.charAt(from - 1)))
      from -= 1;
  if (origin[last] !== end - 1)
    while (to < body.length && origin[to] === -1 && !WHITESPACE.test(body.charAt(to))) to += 1;
  while (from < to && WHITESPACE.test(body.charAt(from))) from += 1;
  while (to > from && WHITESPACE.test(body.charAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to } : null;
}
