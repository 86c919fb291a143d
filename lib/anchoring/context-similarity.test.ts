import search from "approx-string-match";
import { describe, expect, it } from "vitest";
import { createRandom, randomInt } from "@/lib/testing/seeded-random";
import {
  alignmentErrors,
  compileContext,
  CONTEXT_CHARS,
  prefixSimilarity,
  suffixSimilarity,
} from "./context-similarity";

const ALPHABET = "ab c’é😀";
const randomText = (random: () => number, max: number) =>
  Array.from(
    { length: randomInt(random, 0, max) },
    () => ALPHABET[randomInt(random, 0, ALPHABET.length - 1)],
  ).join("");

describe("alignmentErrors", () => {
  it("agrees with approx-string-match's best substring alignment on random strings", () => {
    const random = createRandom(7);
    for (let n = 0; n < 3000; n += 1) {
      const pattern = randomText(random, CONTEXT_CHARS).slice(0, CONTEXT_CHARS) || "a";
      const text = randomText(random, 40);
      const expected =
        text.length === 0
          ? pattern.length
          : (search(text, pattern, pattern.length)[0]?.errors ?? pattern.length);
      expect(
        alignmentErrors(compileContext(pattern, "suffix"), text, 0, text.length),
        `${pattern} in ${text}`,
      ).toBe(expected);
    }
  });

  it("searches only text.slice(from, to)", () => {
    const pattern = compileContext("council", "suffix");
    expect(alignmentErrors(pattern, "the council met", 4, 11)).toBe(0);
    expect(alignmentErrors(pattern, "the council met", 5, 11)).toBe(1);
    expect(alignmentErrors(pattern, "the council met", -10, 2)).toBe(7);
  });
});

describe("prefix and suffix similarity", () => {
  const body =
    "On Tuesday the mayor told reporters the plan would cut commute times by 15 percent within two years.";
  const start = body.indexOf("cut commute");
  const end = start + "cut commute".length;

  it("is 1 for surroundings as stored, and null when nothing was stored", () => {
    expect(prefixSimilarity(compileContext(body.slice(0, start), "prefix"), body, start)).toBe(1);
    expect(suffixSimilarity(compileContext(body.slice(end), "suffix"), body, end)).toBe(1);
    expect(prefixSimilarity(compileContext("", "prefix"), body, start)).toBeNull();
  });

  it("loses one character's worth for one changed character, not everything from it onwards", () => {
    const prefix = compileContext(body.slice(0, start), "prefix");
    expect(prefix.text).toHaveLength(CONTEXT_CHARS);
    expect(
      prefixSimilarity(prefix, body.replace("plan would cut", "plan, would cut"), start + 1),
    ).toBeCloseTo(1 - 1 / CONTEXT_CHARS);
    // A space doubled beside the quote pushes the far end of the context out of a window of exactly its length; not out of ours.
    expect(
      prefixSimilarity(prefix, body.replace("the plan would", "the  plan  would"), start + 2),
    ).toBeCloseTo(1 - 2 / CONTEXT_CHARS);
  });

  it("compares the stored context's 32 characters next to the quote", () => {
    const stored = compileContext(`${"Earlier text. ".repeat(5)}${body.slice(0, start)}`, "prefix");
    expect(stored.text).toBe(body.slice(start - CONTEXT_CHARS, start));
    expect(prefixSimilarity(stored, body, start)).toBe(1);
  });

  it("scores unrelated text low, and text on the same topic in between", () => {
    const suffix = compileContext(body.slice(end), "suffix");
    expect(
      suffixSimilarity(
        suffix,
        "Officials declined to comment on further increases of the levy.",
        10,
      ),
    ).toBeLessThan(0.4);
    // Shared words (" by ", " percent ") lift a similar sentence: why one side alone must be nearly intact to count.
    expect(
      suffixSimilarity(
        suffix,
        "Ticket prices rose by 4 percent in March, according to the transit authority.",
        10,
      ),
    ).toBeGreaterThan(0.5);
  });
});
