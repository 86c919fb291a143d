import type { ClaimRule, SentenceFacts } from "../sentence-facts";

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const CURRENCY =
  /[$€£¥₹]\s?\d|\d\s?(dollars?|euros?|pounds? sterling|yen|yuan|rupees?|francs?)\b|\b(usd|eur|gbp|us\$)\s?\d/i;
const PERCENT = /\d\s?%|\bper ?cent\b|\bpercentage points?\b/i;

const hasEntity = (facts: SentenceFacts, type: string) =>
  facts.entities.some((e) => e.type === type);

export const percentage: ClaimRule = (facts) =>
  hasEntity(facts, "PERCENT") || PERCENT.test(facts.text) ? "a percentage" : null;

export const money: ClaimRule = (facts) =>
  hasEntity(facts, "MONEY") || CURRENCY.test(facts.text) ? "money" : null;

// wink tags "Tuesday" and "last year" as dates too; a weekday or a relative date is how news
// places an event, not a date a checker would look up, so only a year or a month counts.
export const date: ClaimRule = (facts) =>
  facts.entities.some(
    (e) =>
      e.type === "DATE" &&
      (/\b(1[6-9]|20)\d\d\b/.test(e.text) || MONTH.test(e.text) || /\d/.test(e.text)),
  )
    ? "a date"
    : null;

// A number not already said by the rules above; "one" is left out ("one of them", "no one").
const isCounted = (facts: SentenceFacts, word: string) =>
  facts.entities.some(
    (e) =>
      (e.type === "DATE" || e.type === "MONEY" || e.type === "PERCENT") && e.text.includes(word),
  );

export const number: ClaimRule = (facts) =>
  facts.words.some(
    (w) => (w.pos === "NUM" || /\d/.test(w.text)) && w.lower !== "one" && !isCounted(facts, w.text),
  )
    ? "a number"
    : null;
