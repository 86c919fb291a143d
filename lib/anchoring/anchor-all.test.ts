import { describe, expect, it } from "vitest";
import { anchorTarget } from "./anchor";
import { anchorAll } from "./anchor-all";
import { describeRange } from "./describe";
import { editDistance } from "./edit-distance";
import { maxFuzzyErrors } from "./fuzzy";
import {
  createArticle,
  createRandom,
  createTargets,
  createVocabulary,
  joinTokens,
  randomInt,
  reviseArticle,
} from "./fixtures";
import type { TextTarget } from "./types";

const WHITESPACE = /\s/;

describe("anchorAll", () => {
  it("returns an empty list for no targets", () => {
    expect(anchorAll("Some body.", [])).toEqual([]);
  });

  it("agrees with anchorTarget on random spans, duplicates and garbage", () => {
    const random = createRandom(42);
    const vocabulary = createVocabulary(random, 300);
    const tokens = createArticle(random, vocabulary, 1_500);
    const before = joinTokens(tokens);
    const after = reviseArticle(random, vocabulary, tokens, 0.1).body;
    const targets: TextTarget[] = [];
    for (let n = 0; n < 200; n += 1) {
      const start = randomInt(random, -5, before.length);
      const target = describeRange(before, start, start + randomInt(random, 0, 120));
      if (target !== null) targets.push(target);
    }
    // Targets described on the revised body itself still sit where they were.
    for (let n = 0; n < 20; n += 1) {
      const start = randomInt(random, 0, after.length);
      const target = describeRange(after, start, start + randomInt(random, 1, 60));
      if (target !== null) targets.push(target);
    }
    const first = targets[0];
    if (first !== undefined) targets.push({ ...first }, { ...first });
    targets.push({ start: 0, end: 3, exact: "", prefix: "", suffix: "" });
    targets.push({ start: 5, end: 2, exact: "zzzz qqqq", prefix: "x", suffix: "y" });

    const anchors = anchorAll(after, targets);
    expect(anchors).toEqual(targets.map((target) => anchorTarget(after, target)));
    // Sanity: the mix really exercises every path.
    const methods = new Set(anchors.map((a) => (a === null ? "orphan" : a.method)));
    expect([...methods].sort()).toEqual(["exact", "fuzzy", "orphan", "position"]);
  });

  it("hands out independent objects for identical targets", () => {
    const body = "The vote was 7 to 2.";
    const target = describeRange(body, 4, 8);
    if (target === null) throw new Error("no target");
    const [a, b] = anchorAll(body, [target, target]);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });

  it("re-anchors 1,000 targets after 5% of a 20,000-word article was edited", () => {
    const random = createRandom(20240601);
    const vocabulary = createVocabulary(random, 1500);
    const tokens = createArticle(random, vocabulary, 20_000);
    const targets = createTargets(random, tokens, 1_000);
    const revision = reviseArticle(random, vocabulary, tokens, 0.05);
    const body = revision.body;
    expect(body.length).toBeGreaterThan(100_000);

    const anchors = anchorAll(body, targets);
    expect(anchors).toEqual(targets.map((target) => anchorTarget(body, target)));

    const tally = { intact: 0, edited: 0, editedExact: 0, orphans: 0 };
    targets.forEach((target, i) => {
      const anchor = anchors[i] ?? null;
      const newStart = revision.oldToNew[target.start] ?? -1;
      let intact = newStart !== -1;
      for (let o = target.start; intact && o < target.end; o += 1)
        intact = revision.oldToNew[o] === newStart + o - target.start;

      if (intact) {
        // Untouched text must be found exactly where it went.
        tally.intact += 1;
        const method = newStart === target.start ? "position" : "exact";
        expect(anchor, target.exact).toEqual({
          start: newStart,
          end: newStart + target.exact.length,
          method,
          errors: 0,
        });
        return;
      }

      // Edited quote: where its old boundaries ended up, with whitespace trimmed like a selection.
      tally.edited += 1;
      let start = revision.boundaries[target.start] ?? 0;
      let end = revision.boundaries[target.end] ?? 0;
      while (start < end && WHITESPACE.test(body.charAt(start))) start += 1;
      while (end > start && WHITESPACE.test(body.charAt(end - 1))) end -= 1;
      const findable =
        editDistance(body.slice(start, end), target.exact) <= maxFuzzyErrors(target.exact.length);
      if (anchor === null) {
        expect(findable, `orphaned although findable: ${target.exact}`).toBe(false);
        tally.orphans += 1;
        return;
      }
      // Never somewhere else: the anchor must overlap the edited passage.
      expect(
        Math.min(anchor.end, end) - Math.max(anchor.start, start),
        target.exact,
      ).toBeGreaterThan(0);
      if (anchor.method === "exact") {
        // An edit can recreate the quote ("b b" losing one "b"); then an exact hit is right.
        expect(body.slice(anchor.start, anchor.end)).toBe(target.exact);
        return;
      }
      expect(anchor.method).toBe("fuzzy");
      expect(anchor.errors).toBeGreaterThan(0);
      expect(anchor.errors).toBeLessThanOrEqual(maxFuzzyErrors(target.exact.length));
      if (anchor.start === start && anchor.end === end) tally.editedExact += 1;
    });

    expect(tally.intact).toBeGreaterThan(600);
    expect(tally.edited).toBeGreaterThan(200);
    // Fuzzy anchors should nearly always land on exactly the edited passage, not just near it.
    expect(tally.editedExact / (tally.edited - tally.orphans)).toBeGreaterThan(0.9);
    expect(tally.orphans / tally.edited).toBeLessThan(0.25);
  });
});
