import type { ClaimRule } from "../sentence-facts";

// Said through a verb, so the tagger's VERB keeps "the United States" and "a tell-all" out.
const REPORTING_VERBS = new Set([
  "said",
  "says",
  "say",
  "saying",
  "told",
  "tells",
  "stated",
  "announced",
  "reported",
  "claimed",
  "claims",
  "confirmed",
  "denied",
  "wrote",
  "writes",
  "estimated",
  "warned",
  "testified",
  "acknowledged",
  "insisted",
  "argued",
  "alleged",
  "noted",
  "added",
  "explained",
  "asserted",
  "admitted",
  "disclosed",
  "revealed",
]);

export const attribution: ClaimRule = (facts) =>
  /\baccording to\b/i.test(facts.text) ||
  facts.words.some((w) => w.pos === "VERB" && REPORTING_VERBS.has(w.lower))
    ? "an attribution"
    : null;

const ANONYMOUS = [
  /\b(sources?|officials?|people|persons?|someone|diplomats?|aides?|insiders?)\b[^.;]{0,40}\b(familiar with|close to|briefed on|with (direct )?knowledge of)\b/i,
  /\b(condition of anonymity|declined to be (named|identified)|asked not to be (named|identified)|not authori[sz]ed to (speak|comment)|unnamed|anonymous)\b/i,
  /\bsources?\b[^.;]{0,30}\b(said|say|says|told|tell)\b/i,
  /\baccording to (\w+ ){0,3}sources?\b/i,
  /\b(a|one) person familiar\b/i,
];

export const anonymousSourcing: ClaimRule = (facts) =>
  ANONYMOUS.some((pattern) => pattern.test(facts.text)) ? "anonymous sourcing" : null;

const DOCUMENTS = new Set([
  "report",
  "reports",
  "study",
  "studies",
  "survey",
  "poll",
  "analysis",
  "assessment",
  "audit",
  "census",
  "review",
  "inquiry",
  "investigation",
  "paper",
  "statistics",
  "figures",
  "data",
  "findings",
  "index",
]);
const FINDING =
  /\b(found|finds|showed|shows|show|concluded|concludes|published|released|issued|estimates?|commissioned|according to)\b/i;

// A report only counts when the sentence names who made it (a proper noun) or says what it found.
export const namedReport: ClaimRule = (facts) => {
  const hasDocument = facts.words.some((w) => w.pos === "NOUN" && DOCUMENTS.has(w.lower));
  if (!hasDocument) return null;
  return facts.words.some((w) => w.pos === "PROPN") || FINDING.test(facts.text)
    ? "a named report or study"
    : null;
};
