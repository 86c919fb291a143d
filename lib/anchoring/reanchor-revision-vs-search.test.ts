// Re-anchoring in text order beside searching for every quote on its own (what a revision did
// before), on the same seeded revisions of the demo article: per kind of edit, following the
// alignment must place at least as many quotes where their text really is, and never more elsewhere.
import { describe, expect, it } from "vitest";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { reanchorTargets, type Reanchored } from "./reanchor";
import { reanchorRevision } from "./reanchor-revision";
import { EDIT_KINDS } from "./testing/seeded-edits";
import { place, seededCase, type Tally } from "./testing/side-by-side";
import type { Anchor, TextTarget } from "./types";

const BODY = readSeedArticle().body;
const REVISIONS = 10;
const QUOTES = 48;

/** A revision's result as the anchor the side-by-side tally reads: only "exact" counts as sure. */
const asAnchor = ({ result, target }: Reanchored): Anchor | null =>
  target === null
    ? null
    : {
        start: target.start,
        end: target.end,
        method: result === "exact" ? "position" : "fuzzy",
        errors: 0,
      };

const inOrder = (body: string, targets: readonly TextTarget[]) =>
  reanchorRevision(
    BODY,
    body,
    targets.map((t) => ({ ...t, onPrevious: true })),
  ).map(asAnchor);
const searched = (body: string, targets: readonly TextTarget[]) =>
  reanchorTargets(body, targets).map(asAnchor);

describe("re-anchoring in text order beside searching each quote, on seeded revisions of a news article", () => {
  it.each(EDIT_KINDS)("%s: at least as many placed right, never more placed wrong", (kind) => {
    const tallies: Record<"inOrder" | "searched", Tally> = {
      inOrder: { correct: 0, wrong: 0, orphaned: 0, wrongAndSure: 0 },
      searched: { correct: 0, wrong: 0, orphaned: 0, wrongAndSure: 0 },
    };
    for (let r = 0; r < REVISIONS; r += 1) {
      const { targets, edited } = seededCase(BODY, kind, 12_000 + 1000 * r, QUOTES);
      for (const [side, anchorer] of [
        ["inOrder", inOrder],
        ["searched", searched],
      ] as const) {
        const { tally } = place(edited, targets, anchorer);
        for (const key of Object.keys(tally) as (keyof Tally)[]) tallies[side][key] += tally[key];
      }
    }
    const summary = `in order ${JSON.stringify(tallies.inOrder)}, searched ${JSON.stringify(tallies.searched)}`;
    expect(tallies.inOrder.correct, summary).toBeGreaterThanOrEqual(tallies.searched.correct);
    expect(tallies.inOrder.wrong, summary).toBeLessThanOrEqual(tallies.searched.wrong);
    expect(tallies.inOrder.wrongAndSure, summary).toBeLessThanOrEqual(
      tallies.searched.wrongAndSure,
    );
  });
});
