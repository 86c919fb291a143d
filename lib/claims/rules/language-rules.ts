import type { ClaimRule } from "../sentence-facts";

// Superlatives the tagger marks as adjectives or adverbs but that place in time or order, not rank.
const NOT_RANKING = new Set(["latest", "earliest", "honest", "modest", "interest", "rest"]);
// A trend "to" a figure, never "to" a verb: "declined to 5%" compares, "declined to comment" refuses.
const TREND = "(rose|fell|increased|decreased|dropped|declined|grew|jumped|surged|plunged)";
const COMPARISON = new RegExp(
  `\\b((than|compared (with|to)|(twice|three times|times) as|as (many|much) as|record|doubled|tripled|halved|on par with|${TREND} (by|from))\\b|${TREND} to (?=[^a-z\\s]|(about|around|nearly|almost|over|under|a record|an? (high|low))\\b))`,
  "i",
);

export const comparison: ClaimRule = (facts) => {
  if (COMPARISON.test(facts.text)) return "a comparison or superlative";
  const isSuperlative = facts.words.some(
    (w, i) =>
      (w.pos === "ADJ" || w.pos === "ADV") &&
      ((/est$/.test(w.lower) && w.lower.length > 4 && !NOT_RANKING.has(w.lower)) ||
        w.lower === "most" ||
        (w.lower === "least" && facts.words[i - 1]?.lower !== "at")),
  );
  return isSuperlative ? "a comparison or superlative" : null;
};

// "will" is left out: it mostly announces a schedule ("the council will meet on Monday").
const MODALS = new Set(["may", "might", "could", "would", "should"]);
const HEDGE =
  /\b(likely|unlikely|probably|possibly|perhaps|reportedly|allegedly|apparently|seemingly|purportedly|(is|are|was|were) (expected|believed|thought|estimated|understood|said) to|appears? to|seems? to|suggests?|suggested|indicat(es|ed))\b/i;

export const hedge: ClaimRule = (facts) =>
  facts.words.some((w) => w.pos === "AUX" && MODALS.has(w.lower)) || HEDGE.test(facts.text)
    ? "a hedge or modal claim"
    : null;
