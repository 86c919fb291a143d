// Runs two anchoring functions on the same seeded revisions and counts, for each, the quotes it
// placed where their text really is now, placed somewhere else, or left as orphans.
import { createRandom, randomInt } from "@/lib/testing/seeded-random";
import { describeRange } from "../describe";
import type { Anchor, TextTarget } from "../types";
import { truthOf } from "./edit-truth";
import { editBody, type EditedBody, type EditKind } from "./seeded-edits";

export type Anchorer = (body: string, targets: readonly TextTarget[]) => (Anchor | null)[];

export type Tally = {
  correct: number;
  wrong: number;
  orphaned: number;
  /** Placed wrongly on one of several exact copies while calling the placement "exact" (or "position"). */
  wrongAndSure: number;
};

export type Placement = {
  target: TextTarget;
  truth: { start: number; end: number } | null;
  anchor: Anchor | null;
  verdict: keyof Omit<Tally, "wrongAndSure">;
};

const emptyTally = (): Tally => ({ correct: 0, wrong: 0, orphaned: 0, wrongAndSure: 0 });

/**
 * `count` quotes as reviewers select them: whole words, from one word to a sentence or two, within
 * one paragraph (a quote across a paragraph that moved has no single place to be found in).
 */
export function pickQuotes(body: string, count: number, seed: number): TextTarget[] {
  const random = createRandom(seed);
  const words: { start: number; end: number; paragraph: number; endsSentence: boolean }[] = [];
  let paragraph = 0;
  let last = 0;
  for (const m of body.matchAll(/\S+/g)) {
    if (body.slice(last, m.index).includes("\n\n")) paragraph += 1;
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      paragraph,
      endsSentence: /[.!?]["”’)]?$/.test(m[0]),
    });
    last = m.index + m[0].length;
  }
  const targets: TextTarget[] = [];
  while (targets.length < count && words.length > 0) {
    const first = randomInt(random, 0, words.length - 1);
    let end = first;
    if (random() < 0.75) end = first + randomInt(random, 0, 14);
    else
      for (let sentences = random() < 0.5 ? 1 : 2; end < words.length - 1; end += 1)
        if (words[end]?.endsSentence && --sentences === 0) break;
    end = Math.min(end, words.length - 1);
    while (end > first && words[end]?.paragraph !== words[first]?.paragraph) end -= 1;
    const target = describeRange(body, words[first]?.start ?? 0, words[end]?.end ?? 0);
    if (target) targets.push(target);
  }
  return targets;
}

/** Right when the anchor covers mostly the text's true place (intersection over union ≥ 0.5), or is an orphan of a quote that is gone. */
function verdictOf(
  anchor: Anchor | null,
  truth: { start: number; end: number } | null,
): Placement["verdict"] {
  if (truth === null) return anchor === null ? "correct" : "wrong";
  if (anchor === null) return "orphaned";
  const overlap = Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start);
  const union = Math.max(anchor.end, truth.end) - Math.min(anchor.start, truth.start);
  return overlap > 0 && overlap / union >= 0.5 ? "correct" : "wrong";
}

function occurrences(text: string, quote: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1 && n < limit; at = text.indexOf(quote, at + 1))
    n += 1;
  return n;
}

export function place(
  edited: EditedBody,
  targets: readonly TextTarget[],
  anchorer: Anchorer,
): { tally: Tally; placements: Placement[]; ms: number } {
  const tally = emptyTally();
  const began = performance.now();
  const anchors = anchorer(edited.body, targets);
  const ms = performance.now() - began;
  const placements = targets.map((target, i): Placement => {
    const truth = truthOf(edited, target.start, target.end);
    const anchor = anchors[i] ?? null;
    const verdict = verdictOf(anchor, truth);
    tally[verdict] += 1;
    if (
      verdict === "wrong" &&
      anchor &&
      anchor.method !== "fuzzy" &&
      occurrences(edited.body, target.exact, 2) > 1
    )
      tally.wrongAndSure += 1;
    return { target, truth, anchor, verdict };
  });
  return { tally, placements, ms };
}

export type SideBySide = {
  kind: EditKind;
  revisions: number;
  quotes: number;
  ours: Tally & { ms: number };
  baseline: Tally & { ms: number };
};

/** Both anchorers on `revisions` seeded revisions of `body` of each kind, `quotes` quotes each; `ms` is the time spent anchoring. */
export function sideBySide(
  body: string,
  kinds: readonly EditKind[],
  options: { revisions: number; quotes: number; seed: number; ours: Anchorer; baseline: Anchorer },
): SideBySide[] {
  return kinds.map((kind) => {
    const row: SideBySide = {
      kind,
      revisions: options.revisions,
      quotes: 0,
      ours: { ...emptyTally(), ms: 0 },
      baseline: { ...emptyTally(), ms: 0 },
    };
    for (let r = 0; r < options.revisions; r += 1) {
      const { targets, edited } = seededCase(body, kind, options.seed + 1000 * r, options.quotes);
      row.quotes += targets.length;
      for (const [side, anchorer] of [
        ["ours", options.ours],
        ["baseline", options.baseline],
      ] as const) {
        const { tally, ms } = place(edited, targets, anchorer);
        row[side].ms += ms;
        for (const key of Object.keys(tally) as (keyof Tally)[]) row[side][key] += tally[key];
      }
    }
    return row;
  });
}

/** The quotes (picked on the original body) and the revision of one seeded case. */
export function seededCase(
  body: string,
  kind: EditKind,
  seed: number,
  quotes: number,
): { targets: TextTarget[]; edited: EditedBody } {
  return { targets: pickQuotes(body, quotes, seed), edited: editBody(body, kind, seed + 1) };
}
