// Cutting a surrogate pair in half leaves a lone surrogate, which UTF-8 storage (Postgres,
// JSON encoders) silently turns into U+FFFD, so the stored text would no longer match the body.

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

/** Moves `offset` one unit backwards if it splits a pair. */
export function floorToCodePoint(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset - 1 : offset;
}

/** Moves `offset` one unit forwards if it splits a pair. */
export function ceilToCodePoint(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset + 1 : offset;
}
