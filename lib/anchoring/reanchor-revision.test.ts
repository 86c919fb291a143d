import { describe, expect, it } from "vitest";
import { alignTexts } from "./align-texts";
import { describeRange } from "./describe";
import {
  createArticle,
  createRandom,
  createTargets,
  createVocabulary,
  joinTokens,
  reviseArticle,
} from "./fixtures";
import { reanchorTargets } from "./reanchor";
import { reanchorRevision, type RevisedTarget } from "./reanchor-revision";

const PARAGRAPHS = [
  "The council approved a budget of 12 million dollars on Monday, officials said.",
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied.",
  "According to two people familiar with the talks, the vote was delayed twice before it passed.",
  "The mayor thanked residents for their patience during a long and often heated debate.",
];
const OLD = PARAGRAPHS.join("\n\n");

const target = (quote: string, body = OLD, from = 0): RevisedTarget => {
  const at = body.indexOf(quote, from);
  return { ...describeRange(body, at, at + quote.length)!, onPrevious: true };
};

describe("alignTexts", () => {
  it("gives the kept stretches of both texts in order, leaving out what was edited or moved", () => {
    const revised = [
      PARAGRAPHS[0]!.replace("12 million", "14 million"),
      PARAGRAPHS[2],
      PARAGRAPHS[3],
      PARAGRAPHS[1],
    ].join("\n\n");
    const runs = alignTexts(OLD, revised);
    for (const run of runs)
      expect(revised.slice(run.after, run.after + run.length)).toBe(
        OLD.slice(run.before, run.before + run.length),
      );
    for (let k = 1; k < runs.length; k += 1) {
      expect(runs[k]!.before).toBeGreaterThanOrEqual(runs[k - 1]!.before + runs[k - 1]!.length);
      expect(runs[k]!.after).toBeGreaterThanOrEqual(runs[k - 1]!.after + runs[k - 1]!.length);
    }
    const kept = runs.reduce((sum, run) => sum + run.length, 0);
    // Everything but the edited number and one of the paragraphs that changed places.
    expect(kept).toBeGreaterThan(OLD.length - PARAGRAPHS[1]!.length - 10);
  });

  it("aligns identical texts as one run and unrelated texts as nothing", () => {
    expect(alignTexts(OLD, OLD)).toEqual([{ before: 0, after: 0, length: OLD.length }]);
    expect(alignTexts("alpha beta", "gamma delta")).toEqual([{ before: 5, after: 5, length: 1 }]);
  });
});

describe("reanchorRevision", () => {
  it("tells exact, moved, changed and orphaned apart, as a search of each target does", () => {
    const revised = [
      `Updated: ${PARAGRAPHS[0]}`.replace("12 million dollars", "14 million dollars"),
      PARAGRAPHS[3],
      PARAGRAPHS[1],
      "The vote passed on the third attempt.",
    ].join("\n\n");
    const quotes = [
      "a budget of 12 million dollars",
      "double parking fees by next spring",
      "the vote was delayed twice",
      "thanked residents for their patience",
      "officials said",
      "approved",
    ];
    const targets = quotes.map((q) => target(q));
    const results = reanchorRevision(OLD, revised, targets);
    expect(results.map((r) => r.result)).toEqual([
      "changed",
      "moved",
      "orphaned",
      "moved",
      "moved",
      "moved",
    ]);
    expect(results).toEqual(reanchorTargets(revised, targets));
    expect(results[0]!.target!.exact).toBe("a budget of 14 million dollars");
  });

  it("follows a moved paragraph: its inner quotes stay exact, one whose context crossed the seam is moved", () => {
    const long =
      "In a statement released late on Wednesday evening, the transport ministry said that the new timetable would cut journey times on most regional lines by about ten minutes.";
    const old = [long, ...PARAGRAPHS].join("\n\n");
    const revised = [...PARAGRAPHS.slice(0, 3), long, PARAGRAPHS[3]].join("\n\n");
    const [inner, opening] = reanchorRevision(old, revised, [
      target("the new timetable would cut", old),
      target("In a statement", old),
    ]);
    expect(inner).toMatchObject({
      result: "exact",
      target: {
        start: revised.indexOf("the new timetable would cut"),
        exact: "the new timetable would cut",
      },
    });
    expect(opening).toMatchObject({
      result: "moved",
      target: { start: revised.indexOf("In a statement") },
    });
  });

  it("orphans a quote whose text was deleted, and keeps the others in place", () => {
    const revised = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]].join("\n\n");
    const [gone, later] = reanchorRevision(OLD, revised, [
      target("the vote was delayed twice"),
      target("heated debate"),
    ]);
    expect(gone).toEqual({ result: "orphaned", target: null });
    expect(later).toMatchObject({
      result: "exact",
      target: { start: revised.indexOf("heated debate") },
    });
  });

  it("keeps each copy of a repeated sentence on its own copy, and does not move to a new copy pasted elsewhere", () => {
    const sentence =
      "The vote on the harbour plan was delayed again after a long and bitter debate.";
    const old = `${PARAGRAPHS[0]} ${sentence} ${PARAGRAPHS[2]}\n\n${PARAGRAPHS[1]} ${sentence} ${PARAGRAPHS[3]}`;
    // A third copy as a pull quote at the top; a word edited just before the second copy.
    const revised = `${sentence}\n\n${PARAGRAPHS[0]} ${sentence} ${PARAGRAPHS[2]}\n\n${PARAGRAPHS[1]!.replace("denied.", "denied it.")} ${sentence} ${PARAGRAPHS[3]}`;
    const first = target("was delayed again", old);
    const second = target("was delayed again", old, old.indexOf("\n\n"));
    const [a, b] = reanchorRevision(old, revised, [first, second]);
    expect(a).toMatchObject({
      result: "exact",
      target: { start: revised.indexOf("was delayed again", revised.indexOf("\n\n")) },
    });
    expect(b).toMatchObject({
      result: "moved",
      target: { start: revised.lastIndexOf("was delayed again") },
    });
  });

  it("searches for a target whose offsets count in an older text, as an orphan's do", () => {
    const orphan = { ...target("double parking fees"), start: 3, end: 22, onPrevious: false };
    const [found] = reanchorRevision(OLD, OLD, [orphan]);
    expect(found).toMatchObject({
      result: "exact",
      target: { start: OLD.indexOf("double parking fees") },
    });
  });

  it("after 5% of the words of a long text changed: every placement is on its quote or an edited form of it, and no fewer are exact than by searching", () => {
    const random = createRandom(7);
    const vocabulary = createVocabulary(random, 800);
    const tokens = createArticle(random, vocabulary, 5_000);
    const before = joinTokens(tokens);
    const targets = createTargets(random, tokens, 300).map((t) => ({ ...t, onPrevious: true }));
    const revision = reviseArticle(random, vocabulary, tokens, 0.05);
    const ours = reanchorRevision(before, revision.body, targets);
    const searched = reanchorTargets(revision.body, targets);
    const count = (results: typeof ours, kind: string) =>
      results.filter((r) => r.result === kind).length;
    expect(count(ours, "exact")).toBeGreaterThanOrEqual(count(searched, "exact"));
    expect(count(ours, "orphaned")).toBeLessThanOrEqual(count(searched, "orphaned"));
    ours.forEach((r, i) => {
      if (r.target === null) return;
      const t = targets[i]!;
      expect(revision.body.slice(r.target.start, r.target.end)).toBe(r.target.exact);
      // Where the old text went: the placement overlaps the old span's new boundaries.
      expect(r.target.start).toBeLessThan(revision.boundaries[t.end]! + 1);
      expect(r.target.end).toBeGreaterThan(revision.boundaries[t.start]! - 1);
      if (r.result === "exact" || r.result === "moved") expect(r.target.exact).toBe(t.exact);
    });
  });
});
