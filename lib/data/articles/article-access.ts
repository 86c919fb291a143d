import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/roles";
import { cachedArticleBody, rememberArticleBody } from "@/lib/data/articles/article-text-cache";
import { batchedRead } from "@/lib/data/batched-read";
import { articleScope, inArticleScope } from "@/lib/data/scopes";

/** What a write on an article's annotations checks its target against. */
export type ArticleText = { id: string; version: number; body: string };

type ArticleState = { id: string; version: number | bigint; archivedAt: Date | string | null };

/**
 * An article's version and archived state, read fresh for every call. Raw SQL, batched
 * (batched-read.ts): this runs on every annotation write, a typed findFirst costs about four times
 * as much CPU (Prisma compiles every typed query again), and concurrent writes share one query.
 */
const readArticleState = batchedRead<string, ArticleState>(async (ids) => {
  const db = await getDb();
  const rows = await db.$queryRaw<
    ArticleState[]
  >`SELECT "id", "version", "archivedAt" FROM "Article" WHERE "id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((row) => [row.id, row]));
});

/** The access check alone, without loading the article: its id and version when the actor may see it. */
export async function visibleArticle(
  actor: Actor,
  id: string,
): Promise<{ id: string; version: number }> {
  const found = await readArticleState(id);
  if (!found || !inArticleScope(actor, found)) throw notFound("Article");
  return { id: found.id, version: Number(found.version) };
}

/**
 * The access check of the annotation write paths: the article as the actor may see it, with only
 * its text. Visibility and version are read on every call; the body comes from the per-process
 * cache when that version was read before (getArticle would also count the article's annotations,
 * a scan that grows with every write).
 */
export async function getArticleText(actor: Actor, id: string): Promise<ArticleText> {
  const current = await visibleArticle(actor, id);
  const cached = cachedArticleBody(current.id, current.version);
  if (cached !== undefined) return { ...current, body: cached };
  const db = await getDb();
  const where = { id, ...articleScope(actor) };
  const row = await db.article.findFirst({
    where,
    select: { id: true, version: true, body: true },
  });
  if (!row) throw notFound("Article");
  rememberArticleBody(row.id, row.version, row.body);
  return row;
}
