import { describe, expect, it } from "vitest";
import { anchorTarget } from "./anchor";
import { describeRange } from "./describe";
import type { AnchorMethod, TextTarget } from "./types";

const ARTICLE = [
  "City council approved the new transit budget on Tuesday after a long debate.",
  "The mayor said the plan would cut commute times by 15 percent within two years. Critics said the estimate relied on optimistic ridership figures.",
  "Ticket prices rose by 4 percent in March, according to the transit authority. Officials declined to comment on further increases.",
  "The vote was 7 to 2. The measure takes effect in July.",
].join("\n\n");

/** Target for the `occurrence`-th (0-based) appearance of `quote` in `body`. */
function targetFor(body: string, quote: string, occurrence = 0): TextTarget {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = body.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" does not occur ${occurrence + 1} times`);
  const target = describeRange(body, at, at + quote.length);
  if (target === null) throw new Error("empty target");
  return target;
}

function indexOfNth(body: string, text: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = body.indexOf(text, at + 1);
  return at;
}

type Case = {
  name: string;
  before: string;
  quote: string;
  occurrence?: number;
  after: string;
  /** The text the anchor must cover in `after` (its `occurrence`-th appearance), or null for an orphan. */
  expected: { text: string; occurrence?: number; method: AnchorMethod; errors?: number } | null;
};

const FILLER = "Unrelated reporting continues here for a while. ".repeat(3);
const REPEATED =
  "Council members argued for hours. No decision was made. Residents waited outside. No decision was made. The session ended.";

const CASES: Case[] = [
  {
    name: "unchanged body",
    before: ARTICLE,
    quote: "cut commute times by 15 percent",
    after: ARTICLE,
    expected: { text: "cut commute times by 15 percent", method: "position", errors: 0 },
  },
  {
    name: "text inserted before",
    before: ARTICLE,
    quote: "cut commute times by 15 percent",
    after: `UPDATED: ${FILLER}\n\n${ARTICLE}`,
    expected: { text: "cut commute times by 15 percent", method: "exact", errors: 0 },
  },
  {
    name: "text deleted before",
    before: ARTICLE,
    quote: "The vote was 7 to 2.",
    after: ARTICLE.replace(" after a long debate", ""),
    expected: { text: "The vote was 7 to 2.", method: "exact" },
  },
  {
    name: "one word changed",
    before: ARTICLE,
    quote: "Ticket prices rose by 4 percent in March",
    after: ARTICLE.replace("4 percent", "5 percent"),
    expected: { text: "Ticket prices rose by 5 percent in March", method: "fuzzy", errors: 1 },
  },
  {
    name: "one word changed and moved",
    before: ARTICLE,
    quote: "Ticket prices rose by 4 percent in March",
    after: FILLER + ARTICLE.replace("rose by 4", "climbed by 4"),
    expected: { text: "Ticket prices climbed by 4 percent in March", method: "fuzzy" },
  },
  {
    name: "repeated quote, chosen by context",
    before: REPEATED,
    quote: "No decision was made.",
    occurrence: 1,
    after: `Live: ${REPEATED}`,
    expected: { text: "No decision was made.", occurrence: 1, method: "exact" },
  },
  // The text moved so that the wrong occurrence now sits nearer the old offset.
  {
    name: "repeated quote, context beats nearness",
    before: REPEATED,
    quote: "No decision was made.",
    occurrence: 1,
    after: `${"Update. ".repeat(8)}${REPEATED}`,
    expected: { text: "No decision was made.", occurrence: 1, method: "exact" },
  },
  {
    name: "repeated quote, first one chosen by context",
    before: REPEATED,
    quote: "No decision was made.",
    occurrence: 0,
    after: `Live: ${REPEATED}`,
    expected: { text: "No decision was made.", occurrence: 0, method: "exact" },
  },
  // Both occurrences keep identical neighbours, so only the distance to the old offset can decide,
  // and an anchor chosen that way is not presented as exact.
  {
    name: "repeated quote, chosen by nearness, not called exact",
    before: `${"x".repeat(200)} A tie. ${"y".repeat(40)} A tie. z`,
    quote: "A tie.",
    occurrence: 1,
    after: `Q A tie. Q ${"w".repeat(230)} Q A tie. Q`,
    expected: { text: "A tie.", occurrence: 1, method: "fuzzy", errors: 0 },
  },
  // A character changed right next to the right copy: counting matching characters from the quote
  // outwards gave the other copy the better score; by edit distance the right one still wins.
  {
    name: "repeated sentence, spaces doubled on both sides of the right copy",
    before: REPEATED,
    quote: "No decision was made.",
    occurrence: 1,
    after: `Live: ${REPEATED.replace("outside. No decision was made. The", "outside.  No decision was made.  The")}`,
    expected: { text: "No decision was made.", occurrence: 1, method: "exact" },
  },
  {
    name: "repeated sentence, whitespace reflowed next to the right copy",
    before: REPEATED,
    quote: "No decision was made.",
    occurrence: 0,
    after: `Live: ${REPEATED.replace("for hours. No decision was made. Residents", "for hours.\nNo decision was made.  Residents")}`,
    expected: { text: "No decision was made.", occurrence: 0, method: "exact" },
  },
  // A pull quote repeats a sentence whose original was then reflowed: the reflowed original, not the intact copy.
  {
    name: "reflowed quote beside an intact copy elsewhere",
    before: ARTICLE,
    quote: "the estimate relied on optimistic ridership figures",
    after: `“Critics said the estimate relied on optimistic ridership figures,” a headline read.\n\n${ARTICLE.replace("the estimate relied on", "the estimate\nrelied on")}`,
    expected: {
      text: "the estimate\nrelied on optimistic ridership figures",
      method: "fuzzy",
      errors: 1,
    },
  },
  {
    name: "edited quote beside an intact copy elsewhere",
    before: ARTICLE,
    quote: "the plan would cut commute times by 15 percent",
    after: `Summary: the plan would cut commute times by 15 percent, officials claim.\n\n${ARTICLE.replace("by 15 percent within", "by 12 percent within")}`,
    expected: {
      text: "the plan would cut commute times by 12 percent",
      method: "fuzzy",
      errors: 1,
    },
  },
  // Half of a long quote rewritten, its surroundings intact: beyond a 20% error budget, not beyond Hypothesis' half.
  {
    name: "long quote with a third of it rewritten",
    before: ARTICLE,
    quote: "Critics said the estimate relied on optimistic ridership figures.",
    after: ARTICLE.replace("the estimate relied on optimistic", "that forecast rested upon rosy"),
    expected: {
      text: "Critics said that forecast rested upon rosy ridership figures.",
      method: "fuzzy",
    },
  },
  {
    name: "removed one-word quote, its letters inside another word",
    before: "The report also punctuated a claim. Others agreed.",
    quote: "a",
    occurrence: 2,
    after: "The report also punctuated the claim. Others agreed.",
    expected: null,
  },
  {
    name: "quote at the very start, moved",
    before: ARTICLE,
    quote: "City council approved",
    after: `Breaking. ${ARTICLE}`,
    expected: { text: "City council approved", method: "exact" },
  },
  {
    name: "quote at the very start, edited",
    before: ARTICLE,
    quote: "City council approved the new transit budget",
    after: ARTICLE.replace("City council", "City Council"),
    expected: { text: "City Council approved the new transit budget", method: "fuzzy", errors: 1 },
  },
  {
    name: "quote at the very end, edited",
    before: ARTICLE,
    quote: "The measure takes effect in July.",
    after: ARTICLE.replace("in July.", "in August."),
    expected: { text: "The measure takes effect in August.", method: "fuzzy" },
  },
  {
    name: "whitespace changed inside the quote",
    before: ARTICLE,
    quote: "Critics said the estimate relied on optimistic",
    after: ARTICLE.replace("said the estimate", "said  the\nestimate"),
    expected: {
      text: "Critics said  the\nestimate relied on optimistic",
      method: "fuzzy",
      errors: 2,
    },
  },
  {
    name: "whitespace changed around and inside the quote",
    before: ARTICLE,
    quote: "the plan would cut",
    after: `  ${ARTICLE.replaceAll(" ", "  ")}`,
    expected: { text: "the  plan  would  cut", method: "fuzzy", errors: 3 },
  },
  // More whitespace edits than the fuzzy error budget allows: only the normalized search finds these.
  {
    name: "every space in a short quote widened",
    before: ARTICLE,
    quote: "cut commute times",
    after: ARTICLE.replace("cut commute times", "cut \n  commute \n  times"),
    expected: { text: "cut \n  commute \n  times", method: "fuzzy", errors: 6 },
  },
  {
    name: "paragraph break turned into CRLFs and tabs",
    before: ARTICLE,
    quote: "long debate.\n\nThe mayor said",
    after: ARTICLE.replace("debate.\n\nThe mayor said", "debate.\r\n\r\n\r\nThe   mayor\tsaid"),
    expected: { text: "long debate.\r\n\r\n\r\nThe   mayor\tsaid", method: "fuzzy", errors: 7 },
  },
  {
    name: "quote across paragraphs",
    before: ARTICLE,
    quote: "long debate.\n\nThe mayor said",
    after: `${FILLER}${ARTICLE}`,
    expected: { text: "long debate.\n\nThe mayor said", method: "exact" },
  },
  {
    name: "quote across paragraphs, paragraph break reflowed",
    before: ARTICLE,
    quote: "long debate.\n\nThe mayor said",
    after: ARTICLE.replace("debate.\n\nThe", "debate.\n\n\nThe"),
    expected: { text: "long debate.\n\n\nThe mayor said", method: "fuzzy", errors: 1 },
  },
  {
    name: "removed sentence",
    before: ARTICLE,
    quote: "Officials declined to comment on further increases.",
    after: ARTICLE.replace(" Officials declined to comment on further increases.", ""),
    expected: null,
  },
  {
    name: "removed short quote with a near miss elsewhere",
    before: "Officials met in Paris on Monday. Spare parts were late.",
    quote: "Paris",
    after: "Officials met on Monday. Spare Parts were late.",
    expected: null,
  },
  {
    name: "removed very short quote",
    before: "The tax rose. Few noticed.",
    quote: "tax",
    after: "The levy rose. Few noticed the tab.",
    expected: null,
  },
  { name: "empty body", before: ARTICLE, quote: "The vote was 7 to 2.", after: "", expected: null },
  {
    name: "curly quotes, moved",
    before: "She said “we will not resign” twice.",
    quote: "“we will not resign”",
    after: "On Friday she said “we will not resign” twice.",
    expected: { text: "“we will not resign”", method: "exact" },
  },
  {
    name: "curly quotes straightened",
    before: "She said “we will not resign” to reporters on Friday.",
    quote: "“we will not resign”",
    after: 'She said "we will not resign" to reporters on Friday.',
    expected: { text: '"we will not resign"', method: "fuzzy", errors: 2 },
  },
  {
    name: "emoji before the quote (UTF-16 offsets)",
    before: "Fans 🎉 cheered loudly at the stadium.",
    quote: "cheered loudly",
    after: "🎉🎉 Fans 🎉 cheered loudly at the stadium.",
    expected: { text: "cheered loudly", method: "exact" },
  },
  {
    name: "emoji inside an edited quote",
    before: "Fans cheered 🎉 loudly at the stadium tonight.",
    quote: "cheered 🎉 loudly at the stadium",
    after: "Fans cheered 🎉 loudly at the arena tonight.",
    expected: { text: "cheered 🎉 loudly at the arena", method: "fuzzy" },
  },
];

describe("anchorTarget", () => {
  it.each(CASES)("$name", ({ before, quote, occurrence, after, expected }) => {
    const anchor = anchorTarget(after, targetFor(before, quote, occurrence));
    if (expected === null) {
      expect(anchor).toBeNull();
      return;
    }
    const start = indexOfNth(after, expected.text, expected.occurrence ?? 0);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(anchor).toMatchObject({
      start,
      end: start + expected.text.length,
      method: expected.method,
    });
    if (expected.errors !== undefined) expect(anchor?.errors).toBe(expected.errors);
    else if (expected.method !== "fuzzy") expect(anchor?.errors).toBe(0);
    else expect(anchor?.errors).toBeGreaterThan(0);
  });

  it("finds an edited quote that moved beyond the search window", () => {
    const quote = "Ticket prices rose by 4 percent in March";
    const after = FILLER.repeat(10) + ARTICLE.replace("4 percent", "5 percent");
    const anchor = anchorTarget(after, targetFor(ARTICLE, quote), { fuzzyWindow: 100 });
    const start = after.indexOf("Ticket prices rose by 5 percent in March");
    expect(anchor).toEqual({ start, end: start + quote.length, method: "fuzzy", errors: 1 });
  });

  it("prefers the edited occurrence whose context matches", () => {
    const sentence = "Shares fell 3 percent on Monday";
    const before = `In Tokyo, ${sentence} as exporters slumped. In London, ${sentence} amid bank losses.`;
    const after = before.replaceAll("fell 3 percent", "fell 4 percent");
    const start = after.lastIndexOf("Shares fell 4 percent");
    expect(anchorTarget(after, targetFor(before, sentence, 1))).toEqual({
      start,
      end: start + sentence.length,
      method: "fuzzy",
      errors: 1,
    });
  });

  it("ignores stored offsets that no longer fit the body", () => {
    const target = { ...targetFor(ARTICLE, "The vote was 7 to 2."), start: 10_000, end: 10_020 };
    const start = ARTICLE.indexOf("The vote was 7 to 2.");
    expect(anchorTarget(ARTICLE, target)).toEqual({
      start,
      end: start + 20,
      method: "exact",
      errors: 0,
    });
  });

  it("returns null for an empty quote", () => {
    expect(
      anchorTarget(ARTICLE, { start: 0, end: 0, exact: "", prefix: "", suffix: "" }),
    ).toBeNull();
  });
});
