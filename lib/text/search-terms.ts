/**
 * What a person typed into the search box, as the pieces both databases can match safely: words,
 * and "quoted phrases". Nothing the user types is ever an operator: FTS5's NEAR(, AND, OR, NOT,
 * *, ^, column filters (title:x) and tsquery's &, |, !, <-> all become plain text, which each
 * database's own tokenizer then splits into words (so it finds what it indexed).
 */

/** More terms than anyone types; a bound on the query the database has to plan. */
export const MAX_SEARCH_TERMS = 16;

/** A term that holds no letter or digit would tokenize to nothing (an empty phrase is an FTS5 error). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Phrases (each a string of words), in the order typed; empty when nothing searchable was typed. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  // A quote opens a phrase up to the next quote (or the end); anything else splits on white space.
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of query.normalize("NFC").matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? "").replace(/\s+/g, " ").trim();
    if (term && HAS_WORD.test(term) && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * An FTS5 MATCH expression: every term a quoted string (FTS5's only escape is a doubled quote, and
 * no quote survives searchTerms), all of them required.
 */
export const fts5MatchExpression = (terms: readonly string[]): string =>
  terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" AND ");
