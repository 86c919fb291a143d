import "server-only";
import { createIntervalIndex } from "@/lib/anchoring";
import { suggestClaims } from "@/lib/claims/suggest-claims";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { RecentMap } from "@/lib/recent-map";
import { getArticleText } from "@/lib/data/articles/article-access";
import { currentAnchors } from "@/lib/data/annotations/current-anchors";
import { readerRows } from "@/lib/data/annotations/reader-rows";
import type { ClaimSuggestionView } from "@/lib/contracts/claims";

/**
 * Suggestions by (article, version): a version's body never changes, so they never go stale, and
 * reading a long article's sentences takes the model a second per 2,000,000 characters. Which of
 * them an annotation already covers changes all the time, so that is checked on every request.
 */
const byVersion = new RecentMap<string, ClaimSuggestionView[]>(16);

function suggestionsFor(id: string, version: number, body: string): ClaimSuggestionView[] {
  const key = `${id}@${version}`;
  const cached = byVersion.get(key);
  if (cached) return cached;
  const found = suggestClaims(body).map(({ start, end, reasons }) => ({ start, end, reasons }));
  byVersion.set(key, found);
  return found;
}

/**
 * The sentences of an article a fact-checker would usually check, as the actor may see it (404
 * otherwise, as every read). A sentence that a placed annotation overlaps is left out: someone is
 * already checking it.
 */
export async function listClaimSuggestions(
  actor: Actor,
  articleId: string,
): Promise<{ version: number; suggestions: ClaimSuggestionView[] }> {
  const article = await getArticleText(actor, articleId);
  const suggestions = suggestionsFor(article.id, article.version, article.body);
  const db = await getDb();
  const placed = createIntervalIndex(
    currentAnchors(article.body, await readerRows(db, article.id)).filter((a) => a !== null),
  );
  return {
    version: article.version,
    suggestions: suggestions.filter((s) => placed.overlapping(s.start, s.end).length === 0),
  };
}
