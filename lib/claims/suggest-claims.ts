import { CLAIM_RULES } from "./rules";
import { readSentences, type AnalysedSentence } from "./split-sentences";

export type ClaimSuggestion = { start: number; end: number; sentence: string; reasons: string[] };

// A line of a few words without a sentence's closing punctuation is a heading, a dateline or a
// byline: it names a subject, it claims nothing, even when it holds a date or a number.
const MAX_HEADING_WORDS = 12;
const isHeading = (s: AnalysedSentence) =>
  s.isWholeLine && !/[.!?:;"”’)]$/.test(s.text) && s.words.length <= MAX_HEADING_WORDS;

// A question asks; it is not a claim (a rhetorical one is the writer's opinion).
const isQuestion = (s: AnalysedSentence) => /\?["”’)]*$/.test(s.text);

/**
 * The sentences of `text` a fact-checker would usually check, each with why. Offsets are into
 * `text` in UTF-16 code units, so `text.slice(start, end) === sentence`.
 */
export function suggestClaims(text: string): ClaimSuggestion[] {
  const suggestions: ClaimSuggestion[] = [];
  for (const sentence of readSentences(text)) {
    if (isHeading(sentence) || isQuestion(sentence)) continue;
    const reasons = CLAIM_RULES.map((rule) => rule(sentence)).filter(
      (reason): reason is string => reason !== null,
    );
    if (reasons.length)
      suggestions.push({
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
        reasons,
      });
  }
  return suggestions;
}
