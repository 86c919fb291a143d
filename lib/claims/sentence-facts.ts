/** A word as the tagger saw it: `pos` is a Universal Dependencies tag (NUM, ADJ, AUX, VERB, PROPN, …). */
export type Word = { text: string; lower: string; pos: string };

/** An entity the recogniser found: `type` is wink's (DATE, MONEY, PERCENT, CARDINAL, ORDINAL, …). */
export type Entity = { type: string; text: string };

/** What the rules read about one sentence. */
export type SentenceFacts = { text: string; words: readonly Word[]; entities: readonly Entity[] };

/** A rule returns why the sentence is worth checking, or null. */
export type ClaimRule = (facts: SentenceFacts) => string | null;
