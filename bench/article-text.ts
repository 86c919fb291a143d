// Builds the benchmark's ~20,000-word article from the demo article. Copies are numbered and
// varied (words swapped and replaced) so that most quotes occur once: with 25 identical copies
// every quote would be ambiguous and quote-based anchoring would be measured on a worst case
// that real articles do not have.
import { normaliseBody } from "@/lib/validation/articles";
import { createRandom, pick } from "@/lib/testing/seeded-random";

export const TARGET_WORDS = 20_000;

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** Alphabetic words of the text, for replacements that read like the article. */
export function vocabularyOf(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z]{4,}/g) ?? [])];
}

function varyParagraph(
  random: () => number,
  paragraph: string,
  vocabulary: readonly string[],
): string {
  const words = paragraph.split(" ");
  for (let i = 0; i < words.length; i += 1) {
    const roll = random();
    const word = words[i] ?? "";
    if (roll < 0.15) {
      // Replace the letters only, so punctuation and sentence ends stay where they were.
      words[i] = word.replace(/[A-Za-z]+/, pick(random, vocabulary));
    } else if (roll < 0.2 && i + 1 < words.length) {
      words[i] = words[i + 1] ?? word;
      words[i + 1] = word;
      i += 1;
    }
  }
  return words.join(" ");
}

/** Numbered, varied copies of `seedBody` until the text has about `targetWords` words. */
export function buildBenchBody(
  seedBody: string,
  seed = 20_000,
  targetWords = TARGET_WORDS,
): string {
  const random = createRandom(seed);
  const vocabulary = vocabularyOf(seedBody);
  const paragraphs = seedBody.split("\n\n");
  const copies = Math.max(1, Math.round(targetWords / countWords(seedBody)));
  const out: string[] = [];
  for (let copy = 1; copy <= copies; copy += 1) {
    out.push(`Part ${copy} of ${copies}: the assessment, retold.`);
    for (const paragraph of paragraphs)
      out.push(copy === 1 ? paragraph : varyParagraph(random, paragraph, vocabulary));
  }
  return normaliseBody(out.join("\n\n"));
}
