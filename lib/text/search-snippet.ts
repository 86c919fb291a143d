/**
 * The words around the first match in an article's text, matched words marked, as plain-text
 * parts (the renderer escapes them). Built here rather than by FTS5's snippet() or PostgreSQL's
 * ts_headline: both re-tokenize whole bodies and cost up to a millisecond per long article, the
 * largest part of a search, and the two databases would mark words differently. Matching mirrors
 * the index (whole words, case folded, no stemming), so what is marked is what was found.
 */
export type SnippetPart = { text: string; match: boolean };

const SNIPPET_WORDS = 24;
const WORDS_BEFORE = 8;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for all the terms: a phrase's words in order with anything but letters and digits between. */
function termsPattern(terms: readonly string[]): RegExp | null {
  const phrases = terms
    .map((term) => (term.match(WORD) ?? []).map(escapeRegExp).join("[^\\p{L}\\p{N}]+"))
    .filter(Boolean);
  if (phrases.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join("|")})(?![\\p{L}\\p{N}\\p{M}])`, "giu");
}

export function searchSnippet(
  body: string,
  terms: readonly string[],
  words = SNIPPET_WORDS,
): SnippetPart[] {
  const pattern = termsPattern(terms);
  const first = pattern ? new RegExp(pattern.source, "iu").exec(body) : null;
  const at = first?.index ?? 0;
  // Back a few words from the match, then forward to the length of the snippet.
  const before = [...body.slice(Math.max(0, at - 400), at).matchAll(WORD)];
  const startWord = before[Math.max(0, before.length - WORDS_BEFORE)];
  const start = first && startWord ? Math.max(0, at - 400) + startWord.index : at;
  let end = start;
  let count = 0;
  for (const word of body.slice(start, start + 4000).matchAll(WORD)) {
    end = start + word.index + word[0].length;
    if (++count >= words) break;
  }
  if (first) end = Math.max(end, at + first[0].length);
  // Keep the punctuation that closes the last word (a full stop, a quote).
  end += /^[^\s\p{L}\p{N}]*/u.exec(body.slice(end, end + 20))?.[0].length ?? 0;
  const text = body.slice(start, end).replace(/\s+/g, " ");
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => piece && parts.push({ text: piece, match });
  if (start > 0) push("…", false);
  let last = 0;
  for (const match of pattern ? text.matchAll(pattern) : []) {
    push(text.slice(last, match.index), false);
    push(match[0], true);
    last = match.index + match[0].length;
  }
  push(text.slice(last), false);
  if (body.slice(end).trim()) push("…", false);
  // Adjacent plain parts read as one.
  return parts.reduce<SnippetPart[]>((out, part) => {
    const previous = out[out.length - 1];
    if (previous && !previous.match && !part.match) previous.text += part.text;
    else out.push({ ...part });
    return out;
  }, []);
}
