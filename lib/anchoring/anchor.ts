import { editDistance } from "./edit-distance";
import { bestExactMatch } from "./exact";
import { bestFuzzyMatch } from "./fuzzy";
import { collapseWhitespace, normalizeText, toNormalizedOffset, toOriginalSpan, type NormalizedText } from "./normalize";
import type { Anchor, AnchorOptions, TextTarget } from "./types";

const DEFAULT_FUZZY_WINDOW = 4096;

/**
 * A body plus the derived data some strategies need. The whitespace-normalized copy costs a pass
 * over the whole body, so it is built on first use and shared by every target of anchorAll.
 */
export type PreparedBody = {
  text: string;
  normalized: () => NormalizedText;
};

export function prepareBody(text: string): PreparedBody {
  let cached: NormalizedText | undefined;
  return { text, normalized: () => (cached ??= normalizeText(text)) };
}

/**
 * Re-finds a stored target in a (possibly revised) body, trying the cheapest and most certain
 * strategies first. Returns null when the quote is gone: the annotation is an orphan.
 */
export function anchorTarget(body: string, target: TextTarget, options?: AnchorOptions): Anchor | null {
  return anchorPrepared(prepareBody(body), target, options);
}

export function anchorPrepared(body: PreparedBody, target: TextTarget, options?: AnchorOptions): Anchor | null {
  const { text } = body;
  const { exact, prefix, suffix, start } = target;
  if (exact.length === 0 || text.length === 0) return null;

  // The usual case: the body did not change under the annotation. O(quote length).
  if (target.end - start === exact.length && start >= 0 && text.startsWith(exact, start)) {
    return { start, end: target.end, method: "position", errors: 0 };
  }

  const context = { prefix, suffix, hint: start };
  const exactStart = bestExactMatch(text, exact, context);
  if (exactStart !== null) return { start: exactStart, end: exactStart + exact.length, method: "exact", errors: 0 };

  const reflowed = anchorIgnoringWhitespace(body, target);
  if (reflowed !== null) return reflowed;

  const window = Math.max(0, options?.fuzzyWindow ?? DEFAULT_FUZZY_WINDOW);
  const from = clamp(start - window, text.length);
  const to = clamp(Math.max(start, target.end) + window, text.length);
  const near = bestFuzzyMatch(text, exact, context, from, to);
  if (near !== null) return { ...near, method: "fuzzy" };
  if (from === 0 && to === text.length) return null;
  const anywhere = bestFuzzyMatch(text, exact, context);
  return anywhere === null ? null : { ...anywhere, method: "fuzzy" };
}

/**
 * Exact search after collapsing whitespace runs on both sides, mapped back to body offsets. Reported
 * as fuzzy, since the text under the anchor differs from the stored quote.
 */
function anchorIgnoringWhitespace(body: PreparedBody, target: TextTarget): Anchor | null {
  const quote = collapseWhitespace(target.exact).trim();
  // Without whitespace in it, the quote occurs in the normalized body only where it already
  // failed to occur in the body itself; skipping saves building the normalized copy.
  if (quote.length === 0 || (quote === target.exact && !quote.includes(" "))) return null;
  const normalized = body.normalized();
  const context = {
    prefix: collapseWhitespace(target.prefix),
    suffix: collapseWhitespace(target.suffix),
    hint: toNormalizedOffset(normalized, target.start),
  };
  const at = bestExactMatch(normalized.text, quote, context);
  if (at === null) return null;
  const span = toOriginalSpan(normalized, at, at + quote.length);
  return { ...span, method: "fuzzy", errors: editDistance(body.text.slice(span.start, span.end), target.exact) };
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, offset));
}
