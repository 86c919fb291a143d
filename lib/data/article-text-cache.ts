/**
 * Article bodies by (id, version), for the write paths that need the text only to check and
 * describe a target. A version's body never changes (a new body is a new version, see
 * update-article.ts), so an entry cannot go stale; the caller still reads the article's current
 * version and visibility from the database on every request. Bounded: a few recent articles.
 */
const MAX_ENTRIES = 16;

const bodies = new Map<string, string>();

const keyOf = (articleId: string, version: number) => `${articleId}@${version}`;

export function cachedArticleBody(articleId: string, version: number): string | undefined {
  const key = keyOf(articleId, version);
  const body = bodies.get(key);
  if (body === undefined) return undefined;
  // Most recently used last, so the oldest entry is the first to go.
  bodies.delete(key);
  bodies.set(key, body);
  return body;
}

export function rememberArticleBody(articleId: string, version: number, body: string): void {
  bodies.delete(keyOf(articleId, version));
  bodies.set(keyOf(articleId, version), body);
  while (bodies.size > MAX_ENTRIES) {
    const oldest = bodies.keys().next().value;
    if (oldest === undefined) break;
    bodies.delete(oldest);
  }
}
