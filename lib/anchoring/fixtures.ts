// Deterministic synthetic articles and revisions for the anchoring tests and benchmark.
import { describeRange } from "./describe";
import { createRandom, randomInt } from "@/lib/testing/seeded-random";
import type { TextTarget } from "./types";

export { createRandom, randomInt };

const SYLLABLES = [
  "a",
  "ka",
  "lo",
  "mi",
  "ten",
  "ra",
  "vu",
  "sel",
  "do",
  "pri",
  "na",
  "gor",
  "el",
  "fi",
  "stu",
  "wen",
  "zo",
  "be",
  "tu",
  "is",
  "on",
  "ri",
  "sa",
  "ex",
  "po",
  "de",
  "ul",
  "ho",
  "ni",
  "e",
];

export function createVocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let word = "";
    for (let n = randomInt(random, 1, 2) + (random() < 0.3 ? 1 : 0); n > 0; n -= 1)
      word += SYLLABLES[randomInt(random, 0, SYLLABLES.length - 1)];
    words.add(word);
  }
  return [...words];
}

/** A word and the separator after it (" ", ". ", ".\n\n" or "" at the very end). */
export type Token = { word: string; separator: string };

export function createArticle(
  random: () => number,
  vocabulary: readonly string[],
  wordCount: number,
): Token[] {
  const tokens: Token[] = [];
  let sentenceLeft = randomInt(random, 8, 20);
  let paragraphLeft = randomInt(random, 3, 6);
  for (let i = 0; i < wordCount; i += 1) {
    const word = vocabulary[randomInt(random, 0, vocabulary.length - 1)] ?? "word";
    sentenceLeft -= 1;
    let separator = " ";
    if (i === wordCount - 1) separator = "";
    else if (sentenceLeft === 0) {
      sentenceLeft = randomInt(random, 8, 20);
      paragraphLeft -= 1;
      separator = paragraphLeft === 0 ? ".\n\n" : ". ";
      if (paragraphLeft === 0) paragraphLeft = randomInt(random, 3, 6);
    }
    tokens.push({ word, separator });
  }
  return tokens;
}

export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.word + t.separator).join("");
}

export type Revision = {
  body: string;
  /** New offset of each old character, or -1 where it was deleted or replaced. */
  oldToNew: Int32Array;
  /** Where each old offset (as a boundary between characters, 0..oldLength) ended up. */
  boundaries: Int32Array;
};

/** Replaces, deletes or inserts a word at `share` of the word positions, tracking where old text went. */
export function reviseArticle(
  random: () => number,
  vocabulary: readonly string[],
  tokens: readonly Token[],
  share: number,
): Revision {
  const oldLength = joinTokens(tokens).length;
  const oldToNew = new Int32Array(oldLength).fill(-1);
  const boundaries = new Int32Array(oldLength + 1);
  const parts: string[] = [];
  let oldAt = 0;
  let newAt = 0;
  const keep = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      oldToNew[oldAt + i] = newAt + i;
      boundaries[oldAt + i] = newAt + i;
    }
    parts.push(text);
    oldAt += text.length;
    newAt += text.length;
  };
  const add = (text: string): void => {
    parts.push(text);
    newAt += text.length;
  };
  const drop = (text: string): void => {
    boundaries.fill(newAt, oldAt, oldAt + text.length);
    oldAt += text.length;
  };
  for (const token of tokens) {
    let other = token.word;
    while (other === token.word)
      other = vocabulary[randomInt(random, 0, vocabulary.length - 1)] ?? "other";
    const action = random() < share ? randomInt(random, 0, 2) : -1;
    if (action === 0) {
      drop(token.word);
      add(other);
      keep(token.separator);
    } else if (action === 1 && token.separator === " ") {
      drop(token.word + token.separator);
    } else {
      if (action >= 1) add(`${other} `);
      keep(token.word);
      keep(token.separator);
    }
  }
  boundaries[oldLength] = newAt;
  return { body: parts.join(""), oldToNew, boundaries };
}

/** Targets over whole words: `count` spans of 3 to 12 words at random places. */
export function createTargets(
  random: () => number,
  tokens: readonly Token[],
  count: number,
): TextTarget[] {
  const wordStarts: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    wordStarts.push(offset);
    offset += token.word.length + token.separator.length;
  }
  const body = joinTokens(tokens);
  const targets: TextTarget[] = [];
  while (targets.length < count) {
    const first = randomInt(random, 0, tokens.length - 12);
    const last = first + randomInt(random, 2, 11);
    const start = wordStarts[first] ?? 0;
    const end = (wordStarts[last] ?? 0) + (tokens[last]?.word.length ?? 0);
    const target = describeRange(body, start, end);
    if (target !== null) targets.push(target);
  }
  return targets;
}
