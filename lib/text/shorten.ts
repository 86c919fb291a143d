/**
 * A quote cut to at most `max` UTF-16 units with an ellipsis, for labels, notices and lists. It never
 * splits a surrogate pair (a cut emoji would show as a replacement character) and drops the space
 * the cut leaves before the ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return `${text.slice(0, end).trimEnd()}…`;
}
