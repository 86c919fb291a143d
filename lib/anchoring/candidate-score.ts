import {
  compileContext,
  prefixSimilarity,
  suffixSimilarity,
  type ContextPattern,
} from "./context-similarity";

/** What the stored target remembers about where its quote was, used to choose between candidates. */
export type QuoteContext = {
  prefix: string;
  suffix: string;
  /** The stored start offset, in the coordinates of the text being searched. */
  hint: number;
};

/** A context with its patterns compiled once, for scoring many candidates of one target. */
export type ScoringContext = QuoteContext & {
  prefixPattern: ContextPattern;
  suffixPattern: ContextPattern;
};

export function scoringContext(context: QuoteContext): ScoringContext {
  return {
    ...context,
    prefixPattern: compileContext(context.prefix, "prefix"),
    suffixPattern: compileContext(context.suffix, "suffix"),
  };
}

// Hypothesis' weights: the quote dominates, context separates near-ties, position breaks ties.
export const QUOTE_WEIGHT = 50;
export const CONTEXT_WEIGHT = 20;
export const POSITION_WEIGHT = 2;

/** Similarity of each side's context at a candidate span; null for a side nothing was stored for. */
export type ContextEvidence = { prefix: number | null; suffix: number | null };

export function contextEvidence(
  text: string,
  start: number,
  end: number,
  context: ScoringContext,
): ContextEvidence {
  return {
    prefix: prefixSimilarity(context.prefixPattern, text, start),
    suffix: suffixSimilarity(context.suffixPattern, text, end),
  };
}

/** Up to 2 * CONTEXT_WEIGHT. A side with nothing stored counts as agreeing, as in Hypothesis, so candidates stay comparable. */
export function contextPoints(evidence: ContextEvidence): number {
  return CONTEXT_WEIGHT * (evidence.prefix ?? 1) + CONTEXT_WEIGHT * (evidence.suffix ?? 1);
}

/** Mean similarity of the sides that have a stored context; null when neither has. */
export function contextAgreement(evidence: ContextEvidence): number | null {
  const known = [evidence.prefix, evidence.suffix].filter(
    (value): value is number => value !== null,
  );
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

export function positionPoints(start: number, hint: number, textLength: number): number {
  return POSITION_WEIGHT * (1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength)));
}
