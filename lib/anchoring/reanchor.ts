import { anchorAll } from "./anchor-all";
import { describeRange } from "./describe";
import type { Anchor, TextTarget } from "./types";

/**
 * How a revision placed a target: `exact` the same words in the same context (only offsets may
 * have shifted), `moved` the same words with a different context (its paragraph moved, or the
 * words around it were edited) or on one of several copies its context could not tell apart, so
 * its author should look; `changed` found with different wording, `orphaned` not found.
 */
export type ReanchorResult = "exact" | "moved" | "changed" | "orphaned";

export type Reanchored = { result: ReanchorResult; target: TextTarget | null };

/** What an anchor found on the new body means for the target it was searched for. */
export function reanchoredFrom(body: string, old: TextTarget, anchor: Anchor | null): Reanchored {
  const target = anchor ? describeRange(body, anchor.start, anchor.end) : null;
  if (!anchor || !target) return { result: "orphaned", target: null };
  if (anchor.method === "fuzzy" && target.exact !== old.exact) return { result: "changed", target };
  // A fuzzy anchor on the very same words is a choice between identical copies: never "exact".
  // Nor is the old offset when the words around it changed: anchoring still calls that "position".
  const sameContext =
    anchor.method !== "fuzzy" && target.prefix === old.prefix && target.suffix === old.suffix;
  return { result: sameContext ? "exact" : "moved", target };
}

/**
 * Re-anchors every target on the new body by searching for each on its own. When the old text is
 * known, reanchorRevision (reanchor-revision.ts) places the same targets through an alignment of
 * the two texts, far faster; this stays for targets whose offsets count in no known text.
 */
export function reanchorTargets(body: string, targets: readonly TextTarget[]): Reanchored[] {
  const anchors = anchorAll(body, targets);
  return targets.map((old, i) => reanchoredFrom(body, old, anchors[i] ?? null));
}
