export type Paragraph = { start: number; end: number; text: string };

/**
 * Splits a canonical body into paragraphs at blank lines. Each paragraph keeps its offsets
 * into the body, so a paragraph's text node offset plus `start` is a body offset.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n{2,}/g;
  let start = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    if (match.index > start)
      paragraphs.push({ start, end: match.index, text: body.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < body.length) paragraphs.push({ start, end: body.length, text: body.slice(start) });
  return paragraphs;
}

/** Index of the paragraph containing `offset`, or of the first one after it when the offset falls between paragraphs. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return lo;
}

/** Index of the last paragraph that begins before `end` (-1 if none): where a span ending at `end` ends. */
export function lastParagraphIndexBefore(paragraphs: readonly Paragraph[], end: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start < end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The inverse of splitParagraphs for canonical bodies: the gaps between paragraphs are newlines only. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): string {
  const parts: string[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    parts.push("\n".repeat(p.start - offset), p.text);
    offset = p.end;
  }
  return parts.join("");
}
