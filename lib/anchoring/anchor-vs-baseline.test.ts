// Our anchoring beside a Hypothesis-style matchQuote on the same seeded revisions of the demo
// article (a real, reworded news story): per kind of edit, ours must place at least as many quotes
// where their text really is, and never more somewhere else.
import search from "approx-string-match";
import { describe, expect, it } from "vitest";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { anchorAll } from "./anchor-all";
import { describeRange } from "./describe";
import { matchQuoteBaseline } from "./testing/match-quote-baseline";
import { EDIT_KINDS } from "./testing/seeded-edits";
import { place, seededCase, type Placement, type Tally } from "./testing/side-by-side";
import type { TextTarget } from "./types";

const BODY = readSeedArticle().body;
const REVISIONS = 10;
/** The size of the quote set in the comparison issue 12 reports. */
const QUOTES = 48;

const ours = (body: string, targets: readonly TextTarget[]) => anchorAll(body, targets);
const baseline = (body: string, targets: readonly TextTarget[]) =>
  targets.map((target) => matchQuoteBaseline(body, target));

/** Hypothesis' own context measure, computed here independently of ours: 1 - edit distance per stored character. */
function similarity(actual: string, stored: string): number {
  if (stored.length === 0) return 1;
  if (actual.length === 0) return 0;
  return 1 - (search(actual, stored, stored.length)[0]?.errors ?? stored.length) / stored.length;
}

const contextAt = (body: string, at: number, target: TextTarget) =>
  similarity(body.slice(Math.max(0, at - target.prefix.length), at), target.prefix) +
  similarity(
    body.slice(at + target.exact.length, at + target.exact.length + target.suffix.length),
    target.suffix,
  );

const WORD = /[\p{L}\p{N}]/u;
const inWord = (body: string, at: number) =>
  WORD.test(body.charAt(at - 1)) && WORD.test(body.charAt(at));

/** Whole-word copies of the quote (where the quote was whole words), other than `except`. */
function otherCopies(body: string, target: TextTarget, except: number): number[] {
  const copies: number[] = [];
  for (let at = body.indexOf(target.exact); at !== -1; at = body.indexOf(target.exact, at + 1)) {
    if (at !== except && !inWord(body, at) && !inWord(body, at + target.exact.length))
      copies.push(at);
  }
  return copies;
}

function run(kind: (typeof EDIT_KINDS)[number]) {
  const tallies: Record<"ours" | "baseline", Tally> = {
    ours: { correct: 0, wrong: 0, orphaned: 0, wrongAndSure: 0 },
    baseline: { correct: 0, wrong: 0, orphaned: 0, wrongAndSure: 0 },
  };
  const sure: { body: string; placement: Placement }[] = [];
  let changed = 0;
  for (let r = 0; r < REVISIONS; r += 1) {
    const { targets, edited } = seededCase(BODY, kind, 12_000 + 1000 * r, QUOTES);
    if (edited.body !== BODY) changed += 1;
    for (const [side, anchorer] of [
      ["ours", ours],
      ["baseline", baseline],
    ] as const) {
      const { tally, placements } = place(edited, targets, anchorer);
      for (const key of Object.keys(tally) as (keyof Tally)[]) tallies[side][key] += tally[key];
      if (side === "ours")
        for (const placement of placements)
          if (placement.anchor?.method === "exact") sure.push({ body: edited.body, placement });
    }
  }
  return { tallies, sure, changed };
}

describe("our anchoring beside a matchQuote-style baseline, on seeded revisions of a news article", () => {
  it.each(EDIT_KINDS)("%s: at least as many placed right, never more placed wrong", (kind) => {
    const { tallies, changed } = run(kind);
    const summary = `ours ${JSON.stringify(tallies.ours)}, baseline ${JSON.stringify(tallies.baseline)}`;
    expect(changed, "every revision changes the text").toBe(REVISIONS);
    expect(tallies.ours.correct + tallies.ours.wrong + tallies.ours.orphaned).toBe(
      REVISIONS * QUOTES,
    );
    expect(tallies.ours.correct, summary).toBeGreaterThanOrEqual(tallies.baseline.correct);
    expect(tallies.ours.wrong, summary).toBeLessThanOrEqual(tallies.baseline.wrong);
    expect(tallies.ours.wrongAndSure, summary).toBeLessThanOrEqual(tallies.baseline.wrongAndSure);
  });

  it.each(EDIT_KINDS)(
    "%s: an anchor called exact beside other copies of its quote has clearly the best context",
    (kind) => {
      const { sure } = run(kind);
      let beside = 0;
      for (const { body, placement } of sure) {
        const { anchor, target } = placement;
        const others = otherCopies(body, target, anchor!.start);
        if (others.length > 0) beside += 1;
        // 0.1 of summed similarity is the 2 points (of 40) ours requires; measured here with approx-string-match.
        for (const other of others)
          expect(
            contextAt(body, anchor!.start, target) - contextAt(body, other, target),
            target.exact,
          ).toBeGreaterThan(0.09);
      }
      // The check must have had copies to look at: news text repeats its phrases.
      if (kind === "duplicated sentences" || kind === "all four combined")
        expect(beside).toBeGreaterThan(0);
    },
  );

  it("the baseline is a real competitor: it places most edited quotes, some of them wrongly", () => {
    const { tallies } = run("5% of words changed");
    expect(tallies.baseline.correct).toBeGreaterThan(0.9 * REVISIONS * QUOTES);
    expect(tallies.baseline.wrong).toBeGreaterThan(0);
  });
});

describe("a repeated sentence", () => {
  const sentence =
    "Washington is expected to impose sanctions on Moscow as soon as next week because of the allegations, three sources said on condition of anonymity.";
  const at = BODY.indexOf(sentence);
  const quote = "impose sanctions on Moscow";
  const target = describeRange(
    BODY,
    BODY.indexOf(quote, at),
    BODY.indexOf(quote, at) + quote.length,
  )!;

  it("is placed in the copy its context picks, and called exact, even with an edit right beside it", () => {
    // The sentence reused as a pull quote at the top, and the original's spacing touched beside the quote.
    const body = `“${sentence}”\n\n${BODY.replace(`expected to ${quote} as soon`, `expected  to ${quote}  as soon`)}`;
    const [anchor] = anchorAll(body, [target]);
    const original = body.indexOf(quote, body.indexOf("expected  to"));
    expect(anchor).toEqual({
      start: original,
      end: original + quote.length,
      method: "exact",
      errors: 0,
    });
  });

  it("is not called exact where two copies keep the same surroundings", () => {
    // The whole paragraph pasted twice: "impose sanctions on Moscow" has identical neighbours in both.
    const paragraph = BODY.slice(BODY.lastIndexOf("\n\n", at) + 2, BODY.indexOf("\n\n", at));
    const body = BODY.replace(paragraph, `${paragraph}\n\n${paragraph}`);
    const [anchor] = anchorAll(`Updated. ${body}`, [target]);
    expect(anchor).not.toBeNull();
    expect(anchor!.method).toBe("fuzzy");
    expect(anchor!.errors).toBe(0);
  });
});
