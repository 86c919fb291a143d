import { anchorPrepared, anchorUnchanged, prepareBody } from "./anchor";
import type { Anchor, AnchorOptions, TextTarget } from "./types";

/**
 * Anchors every target of one body; the result at index i is what anchorTarget would return for
 * targets[i]. Unchanged targets cost O(quote length) each; whatever is derived from the whole body
 * (the whitespace-normalized copy) is built at most once, and identical targets are resolved once.
 */
export function anchorAll(
  body: string,
  targets: readonly TextTarget[],
  options?: AnchorOptions,
): (Anchor | null)[] {
  const prepared = prepareBody(body);
  const resolved = new Map<string, Anchor | null>();
  return targets.map((target) => {
    // Checked first: most targets fit where they were, and the key below costs more than this check.
    const unchanged = anchorUnchanged(body, target);
    if (unchanged) return unchanged;
    const key = `${target.start}:${target.end}:${target.exact.length}:${target.prefix}\u0000${target.exact}\u0000${target.suffix}`;
    const known = resolved.get(key);
    if (known !== undefined) return known === null ? null : { ...known };
    const anchor = anchorPrepared(prepared, target, options);
    resolved.set(key, anchor);
    return anchor === null ? null : { ...anchor };
  });
}
