import type { ItemEntity, ItemSentence, ItemToken } from "wink-nlp";
import { getNlp } from "./nlp";
import type { Entity, SentenceFacts, Word } from "./sentence-facts";

export type AnalysedSentence = SentenceFacts & { start: number; end: number; isWholeLine: boolean };

// wink's cost is linear, but one document holds all its tokens in memory at once: a paragraph
// longer than this is read in pieces cut at a sentence end (or at a space) near the limit.
const MAX_PIECE = 20_000;

/** Lines are hard boundaries: a heading, a dateline or a list item is never joined to the next line. */
function* lines(text: string): Generator<[number, number]> {
  const breaks = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    yield [start, match.index];
    start = match.index + match[0].length;
  }
  yield [start, text.length];
}

/** Where the last sentence in `window` ends (after its closing punctuation and quotes), or -1. */
function lastSentenceEnd(window: string): number {
  let end = -1;
  const ends = /[.!?]["”’')\]]*\s/g;
  for (let match = ends.exec(window); match; match = ends.exec(window))
    end = match.index + match[0].length;
  return end;
}

function* pieces(text: string, start: number, end: number): Generator<[number, number]> {
  while (end - start > MAX_PIECE) {
    const window = text.slice(start, start + MAX_PIECE);
    const sentenceEnd = lastSentenceEnd(window);
    const space = window.lastIndexOf(" ");
    let cut = sentenceEnd > MAX_PIECE / 2 ? sentenceEnd : space > 0 ? space + 1 : MAX_PIECE;
    // With no space at all, never cut between the two halves of an astral character.
    if (cut === MAX_PIECE && /[\uDC00-\uDFFF]/.test(text[start + cut] ?? "")) cut--;
    yield [start, start + cut];
    start += cut;
  }
  yield [start, end];
}

/** The sentences of `text.slice(pieceStart, pieceEnd)`, with offsets into `text`. */
function analysePiece(text: string, pieceStart: number, pieceEnd: number): AnalysedSentence[] {
  const piece = text.slice(pieceStart, pieceEnd);
  if (!piece.trim()) return [];
  const nlp = getNlp();
  const its = nlp.its;
  const found: AnalysedSentence[] = [];
  let cursor = 0;
  nlp
    .readDoc(piece)
    .sentences()
    .each((sentence: ItemSentence) => {
      const raw = sentence.out();
      const at = piece.indexOf(raw, cursor);
      if (at < 0) return;
      cursor = at + raw.length;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) return;
      const words: Word[] = [];
      sentence.tokens().each((token: ItemToken) => {
        const pos = token.out(its.pos) as string;
        if (pos === "SPACE") return;
        const value = token.out();
        words.push({ text: value, lower: value.toLowerCase(), pos });
      });
      const entities: Entity[] = [];
      sentence
        .entities()
        .each((entity: ItemEntity) =>
          entities.push({ type: entity.out(its.type) as string, text: entity.out() }),
        );
      const start = pieceStart + at + lead;
      found.push({
        start,
        end: start + trimmed.length,
        text: trimmed,
        words,
        entities,
        isWholeLine: false,
      });
    });
  return found;
}

/**
 * The sentences of `text` one piece at a time, so a long article's tags can be dropped as soon as
 * the rules have read them: each with its offsets into `text` (UTF-16 code units, as annotations
 * count), trimmed of surrounding whitespace, with its tagged words and entities. wink's output is
 * lossless, so each sentence is found in its piece by `indexOf`.
 */
export function* readSentences(text: string): Generator<AnalysedSentence> {
  for (const [lineStart, lineEnd] of lines(text)) {
    for (const [pieceStart, pieceEnd] of pieces(text, lineStart, lineEnd)) {
      const found = analysePiece(text, pieceStart, pieceEnd);
      const isWholeLine =
        pieceStart === lineStart &&
        pieceEnd === lineEnd &&
        found.length === 1 &&
        found[0]!.text === text.slice(lineStart, lineEnd).trim();
      if (isWholeLine) found[0]!.isWholeLine = true;
      yield* found;
    }
  }
}

export const splitSentences = (text: string): AnalysedSentence[] => Array.from(readSentences(text));
