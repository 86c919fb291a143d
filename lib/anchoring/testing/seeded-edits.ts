// Seeded revisions of an article of the kinds editors make (a paragraph moved, a few words
// changed, a sentence repeated, whitespace reflowed, or all of these), tracking where every old
// character went, so that a test can tell whether an anchor landed where its text really is now.
import { createRandom, pick, randomInt } from "@/lib/testing/seeded-random";

export type EditKind =
  | "moved paragraph"
  | "5% of words changed"
  | "duplicated sentences"
  | "whitespace changed"
  | "all four combined";

export const EDIT_KINDS: readonly EditKind[] = [
  "moved paragraph",
  "5% of words changed",
  "duplicated sentences",
  "whitespace changed",
  "all four combined",
];

/**
 * A revised body. `origin[i]` is the old offset of new character i, or -1 for text the edit wrote
 * (an inserted or replacing word, a repeated sentence: a copy is new text, its original is not).
 */
export type EditedBody = {
  body: string;
  origin: Int32Array;
  /** New offset of each old character, or -1 where it was deleted or replaced. */
  destination: Int32Array;
};

/** Text being edited, one old offset (or -1) per character. */
type Tracked = { text: string; origin: number[] };

/** How far a repeated sentence lands from its original, at least: beyond both stored contexts. */
const AWAY = 64;

const fresh = (text: string): Tracked => ({
  text,
  origin: new Array<number>(text.length).fill(-1),
});
const slice = (doc: Tracked, from: number, to = doc.text.length): Tracked => ({
  text: doc.text.slice(from, to),
  origin: doc.origin.slice(from, to),
});
const concat = (parts: readonly Tracked[]): Tracked => ({
  text: parts.map((p) => p.text).join(""),
  origin: parts.flatMap((p) => p.origin),
});

export function editBody(body: string, kind: EditKind, seed: number): EditedBody {
  const random = createRandom(seed);
  let doc: Tracked = { text: body, origin: Array.from({ length: body.length }, (_, i) => i) };
  const vocabulary = [...new Set(body.match(/[A-Za-z]{4,}/g) ?? [])];
  if (kind === "moved paragraph" || kind === "all four combined") doc = moveParagraph(doc, random);
  if (kind === "duplicated sentences" || kind === "all four combined")
    doc = duplicateSentences(doc, random);
  if (kind === "5% of words changed" || kind === "all four combined")
    doc = changeWords(doc, random, vocabulary, 0.05);
  if (kind === "whitespace changed" || kind === "all four combined")
    doc = reflowWhitespace(doc, random, 0.15);
  const origin = Int32Array.from(doc.origin);
  const destination = new Int32Array(body.length).fill(-1);
  origin.forEach((from, i) => {
    if (from >= 0) destination[from] = i;
  });
  return { body: doc.text, origin, destination };
}

/** Paragraph ranges [start, end) of `text`, separated by blank lines. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const separator of text.matchAll(/\n\n/g)) {
    ranges.push({ start, end: separator.index });
    start = separator.index + 2;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => r.end > r.start);
}

/** One paragraph cut and pasted at least two paragraphs away, as when a story is restructured. */
function moveParagraph(doc: Tracked, random: () => number): Tracked {
  const paragraphs = paragraphsOf(doc.text).map((r) => slice(doc, r.start, r.end));
  if (paragraphs.length < 3) return doc;
  const from = randomInt(random, 0, paragraphs.length - 1);
  const [moved] = paragraphs.splice(from, 1);
  let to = from;
  while (Math.abs(to - from) < 2) to = randomInt(random, 0, paragraphs.length);
  paragraphs.splice(to, 0, moved!);
  const separator = fresh("\n\n");
  return concat(paragraphs.flatMap((p, i) => (i === 0 ? [p] : [separator, p])));
}

/** Sentence ranges [start, end), the end including the full stop. */
function sentencesOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[^.!?\n]+[.!?]["”’)]?/g)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: m.index + lead, end: m.index + m[0].length };
    })
    .filter((r) => r.end - r.start > 20);
}

/**
 * About one sentence in 25 (at least one) repeated somewhere else: as a pull quote of its own,
 * or pasted after another sentence. The copy is new text; the original is where its quotes belong.
 * A copy lands at least a stored context's length away from its original: "S. S." leaves no clue
 * at all which of the two is the old one, and would measure nothing but luck.
 */
function duplicateSentences(doc: Tracked, random: () => number): Tracked {
  const sentences = sentencesOf(doc.text);
  const paragraphs = paragraphsOf(doc.text);
  const copies = Math.max(1, Math.round(sentences.length / 25));
  const inserts: { at: number; piece: Tracked }[] = [];
  const apart = (at: number, source: { start: number; end: number }) =>
    at < source.start - AWAY || at > source.end + AWAY;
  for (let n = 0; n < copies && sentences.length > 1; n += 1) {
    const source = pick(random, sentences);
    const copy = fresh(doc.text.slice(source.start, source.end));
    for (let attempt = 0; attempt < 20; attempt += 1) {
      if (random() < 0.4) {
        const paragraph = pick(random, paragraphs);
        if (!apart(paragraph.start, source)) continue;
        inserts.push({ at: paragraph.start, piece: concat([copy, fresh("\n\n")]) });
      } else {
        const after = pick(random, sentences);
        if (!apart(after.end, source)) continue;
        inserts.push({ at: after.end, piece: concat([fresh(" "), copy]) });
      }
      break;
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  const parts: Tracked[] = [];
  let at = 0;
  for (const insert of inserts) {
    parts.push(slice(doc, at, insert.at), insert.piece);
    at = insert.at;
  }
  parts.push(slice(doc, at));
  return concat(parts);
}

/** A `share` of the words replaced (letters only, punctuation kept), deleted, or preceded by a new word. */
function changeWords(
  doc: Tracked,
  random: () => number,
  vocabulary: readonly string[],
  share: number,
): Tracked {
  const parts: Tracked[] = [];
  let at = 0;
  for (const word of doc.text.matchAll(/\S+/g)) {
    if (random() >= share) continue;
    const start = word.index;
    const end = start + word[0].length;
    const other = pick(random, vocabulary);
    const action = pick(random, ["replace", "delete", "insert"] as const);
    if (action === "insert") {
      parts.push(slice(doc, at, start), fresh(`${other} `));
      at = start;
    } else if (action === "delete" && doc.text.charAt(end) === " ") {
      parts.push(slice(doc, at, start));
      at = end + 1;
    } else {
      const letters = /[A-Za-z]+/.exec(word[0]);
      if (!letters) continue;
      const lettersStart = start + letters.index;
      parts.push(slice(doc, at, lettersStart), fresh(other));
      at = lettersStart + letters[0].length;
    }
  }
  parts.push(slice(doc, at));
  return concat(parts);
}

/**
 * A `share` of the spaces reflowed as pasted text often is: doubled, turned into a line break, a
 * no-break space or a tab. A replaced space keeps its origin; an added one is new.
 */
function reflowWhitespace(doc: Tracked, random: () => number, share: number): Tracked {
  const parts: Tracked[] = [];
  let at = 0;
  for (const space of doc.text.matchAll(/ /g)) {
    if (random() >= share) continue;
    const i = space.index;
    const origin = doc.origin[i] ?? -1;
    const choice = randomInt(random, 0, 3);
    parts.push(slice(doc, at, i));
    if (choice === 0) parts.push({ text: "  ", origin: [origin, -1] });
    else parts.push({ text: ["\n", "\u00a0", "\t"][choice - 1]!, origin: [origin] });
    at = i + 1;
  }
  parts.push(slice(doc, at));
  return concat(parts);
}
