import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { articleScope } from "@/lib/data/scopes";

export type DuplicateArticle = { id: string; title: string };

const MAX_DUPLICATES = 10;

/**
 * Articles the actor can read that have one of these URLs or exactly this text: pointed out before
 * saving, never a refusal (a republished piece may deserve its own review). Only what the actor
 * may see is named, so the check leaks no archived article to a reviewer.
 */
export async function findDuplicateArticles(
  actor: Actor,
  { urls, contentHash }: { urls: string[]; contentHash: string },
): Promise<DuplicateArticle[]> {
  const db = await getDb();
  return db.article.findMany({
    where: { ...articleScope(actor), OR: [{ url: { in: [...new Set(urls)] } }, { contentHash }] },
    select: { id: true, title: true },
    orderBy: { createdAt: "desc" },
    take: MAX_DUPLICATES,
  });
}
