import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { forbidden, notFound } from "@/lib/errors";
import { canCreateArticle, canSeeArchived, type Actor } from "@/lib/permissions/roles";
import { createHash } from "node:crypto";
import { contentFromInput } from "@/lib/article-content/article-input";
import { assertInputSize, MAX_ARTICLE_BODY_CHARS } from "@/lib/article-content/limits";
import type { Block } from "@/lib/article-content/blocks";
import type {
  CreateArticleFromContentInput,
  CreateArticleInput,
  NewArticleInput,
} from "@/lib/validation/articles";
import { isAnnotationStatus } from "@/lib/validation/values";
import { cachedArticleBody, rememberArticleBody } from "./article-text-cache";
import { batchedRead } from "./batched-read";
import { recordAudit } from "./audit";
import {
  claimFetchedPage,
  fetchedArticleInput,
  findFetchedPage,
  type FetchOptions,
} from "./fetched-pages";
import type { ArticleDetail, ArticleSummary, StatusCounts } from "@/lib/contracts/article";

type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  stealthEditAt: Date | null;
};

export const emptyCounts = (): StatusCounts => ({ sourced: 0, disputed: 0, unverified: 0 });

export function toSummary(row: ArticleRow, counts: StatusCounts): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    stealthEditAt: row.stealthEditAt?.toISOString() ?? null,
    annotationCounts: counts,
  };
}

export async function countByStatus(articleIds: string[]): Promise<Map<string, StatusCounts>> {
  const db = await getDb();
  const groups = await db.annotation.groupBy({
    by: ["articleId", "status"],
    // Placed annotations only: a revision's orphans are listed apart. (`not` alone would drop the NULLs too.)
    where: {
      articleId: { in: articleIds },
      deletedAt: null,
      OR: [{ anchorState: null }, { anchorState: { not: "orphaned" } }],
    },
    _count: { _all: true },
  });
  const byArticle = new Map<string, StatusCounts>();
  for (const group of groups) {
    const counts = byArticle.get(group.articleId) ?? emptyCounts();
    if (isAnnotationStatus(group.status)) counts[group.status] = group._count._all;
    byArticle.set(group.articleId, counts);
  }
  return byArticle;
}

/** All team members read every live article; archived ones only editors and admins. */
export const visibleTo = (actor: Actor) => (canSeeArchived(actor) ? {} : { archivedAt: null });

export async function listArticles(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<ArticleSummary[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    where: visibleTo(actor),
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 200, 500),
    omit: { body: true },
  });
  const counts = await countByStatus(rows.map((r) => r.id));
  return rows.map((row) => toSummary(row, counts.get(row.id) ?? emptyCounts()));
}

export async function getArticle(actor: Actor, id: string): Promise<ArticleDetail> {
  const counted = await getArticleUncounted(actor, id);
  const counts = await countByStatus([counted.id]);
  counted.annotationCounts = counts.get(counted.id) ?? emptyCounts();
  return counted;
}

/** Only the title, as the actor may see it: for page metadata, which Next also renders for link prefetches. */
export async function getArticleTitle(actor: Actor, id: string): Promise<string> {
  const db = await getDb();
  const row = await db.article.findFirst({
    where: { id, ...visibleTo(actor) },
    select: { title: true },
  });
  if (!row) throw notFound("Article");
  return row.title;
}

/** getArticle for a caller that reads the annotations anyway and counts them itself (the counts are left at zero). */
export async function getArticleUncounted(actor: Actor, id: string): Promise<ArticleDetail> {
  const db = await getDb();
  const row = await db.article.findFirst({
    where: { id, ...visibleTo(actor) },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  if (!row) throw notFound("Article");
  return {
    ...toSummary(row, emptyCounts()),
    body: row.body,
    blocks: parseBlocks(row.content),
    createdBy: row.createdBy,
  };
}

/** Stored blocks were validated on the way in; a row that does not parse reads as plain paragraphs rather than failing the page. */
export function parseBlocks(content: string | null): Block[] | null {
  if (!content) return null;
  try {
    const blocks: unknown = JSON.parse(content);
    return Array.isArray(blocks) ? (blocks as Block[]) : null;
  } catch {
    return null;
  }
}

export const bodyHash = (body: string) => createHash("sha256").update(body).digest("hex");

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
  // As visibleTo: archived articles only for those who may see them.
  if (!found || (found.archivedAt !== null && !canSeeArchived(actor))) throw notFound("Article");
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
  const where = { id, ...visibleTo(actor) };
  const row = await db.article.findFirst({
    where,
    select: { id: true, version: true, body: true },
  });
  if (!row) throw notFound("Article");
  rememberArticleBody(row.id, row.version, row.body);
  return row;
}

/**
 * Adds an article from a plain body (`{ title, body }`), from content of a format, converted to
 * blocks and canonical text, or from a URL alone (fetched and read as a preview would be). With a
 * `fetchId`, the actor's preview of a URL is used up: the article keeps its archived copy and
 * fetch time, and that fetch's final URL as the article's URL.
 */
export async function createArticle(
  actor: Actor,
  input: NewArticleInput,
  options: FetchOptions = {},
): Promise<ArticleDetail> {
  if (!canCreateArticle(actor)) throw forbidden("Viewers cannot add articles");
  if (!("title" in input))
    return createArticle(actor, await fetchedArticleInput(actor, input.url, options));
  const fetched =
    "fetchId" in input && input.fetchId ? await findFetchedPage(actor, input.fetchId) : null;
  const { metadata, body, blocks, sourceFormat } = toStoredContent(
    fetched ? { ...input, url: fetched.finalUrl } : input,
  );
  const archive = fetched
    ? { archivedHtml: fetched.archivedHtml, fetchedAt: fetched.fetchedAt }
    : {};
  const content = blocks ? JSON.stringify(blocks) : null;
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    if (fetched) await claimFetchedPage(tx, actor, fetched.id);
    const article = await tx.article.create({
      data: {
        ...metadata,
        body,
        content,
        sourceFormat: fetched ? "url" : sourceFormat,
        contentHash: bodyHash(body),
        ...archive,
        createdById: actor.id,
      },
    });
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        version: article.version,
        title: article.title,
        body,
        content,
        source: "create",
        ...archive,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      after: {
        title: article.title,
        version: article.version,
        ...(fetched ? { fetchedFrom: fetched.finalUrl } : {}),
      },
    });
    return article;
  });
  return {
    ...toSummary(row, emptyCounts()),
    body: row.body,
    blocks,
    createdBy: { id: actor.id, name: actor.name },
  };
}

function toStoredContent(input: CreateArticleInput | CreateArticleFromContentInput) {
  if ("body" in input) {
    const { body, ...metadata } = input;
    assertInputSize(body, "article text", MAX_ARTICLE_BODY_CHARS);
    return { metadata, body, blocks: null, sourceFormat: "text" };
  }
  const { format, content, ...rest } = input;
  // The fetch is the archive's business (createArticle), not a column.
  const metadata = { ...rest };
  delete metadata.fetchId;
  const converted = contentFromInput(format, content, { baseUrl: metadata.url ?? undefined });
  return { metadata, body: converted.body, blocks: converted.blocks, sourceFormat: format };
}
