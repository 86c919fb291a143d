// The app counts offsets in UTF-16 code units (JavaScript string indices, what the DOM gives);
// the W3C Web Annotation model counts TextPositionSelector offsets in Unicode code points. Only
// characters outside the Basic Multilingual Plane (emoji, some CJK, historic scripts) take two
// units, so the two counts differ by the number of those before the offset.

/** Converts offsets in one text between UTF-16 code units and code points, both ways. */
export type OffsetConverter = {
  /** The code-point offset of a UTF-16 offset; null when it is out of range or between the halves of a pair. */
  toCodePoints(utf16: number): number | null;
  /** The UTF-16 offset of a code-point offset; null when it is out of range. */
  toUtf16(codePoints: number): number | null;
  /** The text's length in code points. */
  codePointLength: number;
};

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Indexes where the text's surrogate pairs start, once (one pass), so that each conversion is a
 * binary search: an import of 10,000 annotations into a long article converts in milliseconds.
 * A text without pairs (most English prose) converts as the identity.
 */
export function offsetConverter(text: string): OffsetConverter {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  // The code-point index at which each pair sits: its UTF-16 index less the pairs before it.
  const pairsAtCodePoint = pairs.map((at, n) => at - n);
  const codePointLength = text.length - pairs.length;
  return {
    codePointLength,
    toCodePoints(utf16) {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) return null;
      const before = countBelow(pairs, utf16);
      if (before > 0 && pairs[before - 1]! + 1 === utf16) return null;
      return utf16 - before;
    },
    toUtf16(codePoints) {
      if (!Number.isInteger(codePoints) || codePoints < 0 || codePoints > codePointLength)
        return null;
      return codePoints + countBelow(pairsAtCodePoint, codePoints);
    },
  };
}

/** The length of `text` in code points (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
    length++;
  }
  return length;
}
