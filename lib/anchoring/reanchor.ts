import { anchorAll } from "./anchor-all";
import { describeRange } from "./describe";
import type { TextTarget } from "./types";

/**
 * How a revision placed a target: `exact` the same words in the same context (only offsets may
 * have shifted), `moved` the same words with a different context (its paragraph moved, or the
 * words around it were edited) or on one of several copies its context could not tell apart, so
 * its author should look; `changed` found with different wording, `orphaned` not found.
 */
export type ReanchorResult = "exact" | "moved" | "changed" | "orphaned";

export type Reanchored = { result: ReanchorResult; target: TextTarget | null };

/** Re-anchors every target of the old text on the new body, once: the results are stored, so reading never searches again. */
export function reanchorTargets(body: string, targets: readonly TextTarget[]): Reanchored[] {
  const anchors = anchorAll(body, targets);
  return targets.map((old, i) => {
    const anchor = anchors[i];
    const target = anchor ? describeRange(body, anchor.start, anchor.end) : null;
    if (!anchor || !target) return { result: "orphaned", target: null };
    if (anchor.method === "fuzzy" && target.exact !== old.exact) return { result: "changed", target };
    // A fuzzy anchor on the very same words is a choice between identical copies: never "exact".
    const sameContext = anchor.method === "position" || (anchor.method === "exact" && target.prefix === old.prefix && target.suffix === old.suffix);
    return { result: sameContext ? "exact" : "moved", target };
  });
}
