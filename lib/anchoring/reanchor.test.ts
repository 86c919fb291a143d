import { describe, expect, it } from "vitest";
import { describeRange } from "./describe";
import { reanchorTargets } from "./reanchor";

const OLD = [
  "The council approved a budget of 12 million dollars on Monday, officials said.",
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied.",
  "According to two people familiar with the talks, the vote was delayed twice before it passed.",
  "The mayor thanked residents for their patience during a long and often heated debate.",
].join("\n\n");

const target = (quote: string) =>
  describeRange(OLD, OLD.indexOf(quote), OLD.indexOf(quote) + quote.length)!;

describe("reanchorTargets", () => {
  it("tells exact, moved, changed and orphaned apart and gives each placed target on the new text", () => {
    const paragraphs = OLD.split("\n\n");
    const revised = [
      `Updated: ${paragraphs[0]}`.replace("12 million dollars", "14 million dollars"),
      paragraphs[3],
      paragraphs[1],
      "The vote passed on the third attempt.",
    ].join("\n\n");
    const quotes = [
      "a budget of 12 million dollars",
      "double parking fees by next spring",
      "the vote was delayed twice",
      "thanked residents for their patience",
      "officials said",
    ];
    const results = reanchorTargets(revised, quotes.map(target));
    // "officials said" did not move, but the words just before it changed: its context did.
    expect(results.map((r) => r.result)).toEqual([
      "changed",
      "moved",
      "orphaned",
      "moved",
      "moved",
    ]);
    for (const r of results)
      if (r.target) expect(revised.slice(r.target.start, r.target.end)).toBe(r.target.exact);
    expect(results[0]!.target!.exact).toBe("a budget of 14 million dollars");
    expect(results[2]!.target).toBeNull();
  });

  it("keeps an untouched text exact, in place", () => {
    const results = reanchorTargets(OLD, [target("approved a budget"), target("the mayor denied")]);
    expect(results).toEqual([
      { result: "exact", target: target("approved a budget") },
      { result: "exact", target: target("the mayor denied") },
    ]);
  });

  it("calls a choice between copies the context cannot tell apart moved, never exact", () => {
    const sentence =
      "Critics said the plan would double parking fees by next spring, a claim the mayor denied.";
    // The sentence now also opens the text as a summary; "parking" has the same 32 characters around it in both copies.
    const [placed] = reanchorTargets(`Summary: ${sentence}\n\n${OLD}`, [target("parking")]);
    expect(placed).toMatchObject({
      result: "moved",
      target: {
        exact: "parking",
        prefix: target("parking").prefix,
        suffix: target("parking").suffix,
      },
    });
  });

  it("counts text shifted by an edit elsewhere as exact, at its new offsets", () => {
    const [shifted] = reanchorTargets(`Breaking: ${OLD}`, [target("the mayor denied")]);
    expect(shifted).toMatchObject({
      result: "exact",
      target: { start: OLD.indexOf("the mayor denied") + 10, exact: "the mayor denied" },
    });
  });
});
