// Random annotation spans over whole words: from a few words to two sentences, and many of them
// deliberately started inside an earlier span so that highlights overlap as they do when several
// reviewers annotate the same claims.
import { describeRange, type TextTarget } from "@/lib/anchoring";
import { createRandom, pick, randomInt } from "@/lib/testing/seeded-random";

export type Status = "sourced" | "disputed" | "unverified";
export type BenchSpan = TextTarget & { status: Status };

type Word = { start: number; end: number; paragraph: number; endsSentence: boolean };

function wordsOf(body: string): Word[] {
  const words: Word[] = [];
  let paragraph = 0;
  let last = 0;
  for (const match of body.matchAll(/\S+/g)) {
    const start = match.index;
    if (body.slice(last, start).includes("\n\n")) paragraph += 1;
    words.push({
      start,
      end: start + match[0].length,
      paragraph,
      endsSentence: /[.!?]["”’)]?$/.test(match[0]),
    });
    last = start + match[0].length;
  }
  return words;
}

// Disputed claims are what fact-checkers mostly mark; the others share the rest.
const STATUSES: readonly Status[] = [
  "disputed",
  "disputed",
  "disputed",
  "disputed",
  "sourced",
  "sourced",
  "sourced",
  "unverified",
  "unverified",
  "unverified",
];

/** Index of the last word of a span starting at word `first`. */
function lastWordOf(random: () => number, words: readonly Word[], first: number): number {
  let last: number;
  if (random() < 0.75) {
    last = first + randomInt(random, 0, 14); // a few words
  } else {
    // To the end of this sentence, and half the time of the next one too.
    let sentences = random() < 0.5 ? 1 : 2;
    last = first;
    while (last < words.length - 1) {
      if (words[last]?.endsSentence) sentences -= 1;
      if (sentences === 0) break;
      last += 1;
    }
  }
  last = Math.min(last, words.length - 1);
  // Spans stay within their paragraph except a few, which run into the next one.
  const paragraph = words[first]?.paragraph ?? 0;
  if (random() >= 0.03)
    while (last > first && (words[last]?.paragraph ?? 0) !== paragraph) last -= 1;
  return last;
}

export function randomSpans(
  body: string,
  count: number,
  seed: number,
  options: { overlapShare?: number; maxWords?: number } = {},
): BenchSpan[] {
  const random = createRandom(seed);
  const words = wordsOf(body);
  const overlapShare = options.overlapShare ?? 0.3;
  const spans: BenchSpan[] = [];
  const firstWords: [number, number][] = [];
  while (spans.length < count) {
    let first = randomInt(random, 0, words.length - 1);
    const earlier =
      firstWords.length > 0 && random() < overlapShare ? pick(random, firstWords) : null;
    if (earlier) first = randomInt(random, earlier[0], earlier[1]);
    let last = lastWordOf(random, words, first);
    if (options.maxWords !== undefined) last = Math.min(last, first + options.maxWords - 1);
    const target = describeRange(body, words[first]?.start ?? 0, words[last]?.end ?? 0);
    if (!target) continue;
    spans.push({ ...target, status: pick(random, STATUSES) });
    firstWords.push([first, last]);
  }
  return spans;
}
