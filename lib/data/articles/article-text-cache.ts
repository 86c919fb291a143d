import { RecentMap } from "@/lib/recent-map";

/**
 * Article bodies by (id, version), for the write paths that need the text only to check and
 * describe a target. A version's body never changes (a new body is a new version, see
 * update-article.ts), so an entry cannot go stale; the caller still reads the article's current
 * version and visibility from the database on every request. Bounded: a few recent articles.
 */
const bodies = new RecentMap<string, string>(16);

const keyOf = (articleId: string, version: number) => `${articleId}@${version}`;

export function cachedArticleBody(articleId: string, version: number): string | undefined {
  return bodies.get(keyOf(articleId, version));
}

export function rememberArticleBody(articleId: string, version: number, body: string): void {
  bodies.set(keyOf(articleId, version), body);
}
