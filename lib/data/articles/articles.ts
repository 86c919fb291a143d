import "server-only";
import { getDb } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { canCreateArticle, type Actor } from "@/lib/permissions/roles";
import { createHash } from "node:crypto";
import { contentFromInput } from "@/lib/article-content/article-input";
import { assertInputSize, MAX_ARTICLE_BODY_CHARS } from "@/lib/article-content/limits";
import type { Block } from "@/lib/article-content/blocks";
import type {
  CreateArticleFromContentInput,
  CreateArticleInput,
  NewArticleInput,
} from "@/lib/validation/articles";
import { countByStatus, emptyCounts, toSummary } from "@/lib/data/articles/article-summary";
import { recordAudit } from "@/lib/data/audit/record-audit";
import {
  claimFetchedPage,
  fetchedArticleInput,
  findFetchedPage,
  type FetchOptions,
} from "@/lib/data/articles/fetched-pages";
import { articleScope } from "@/lib/data/scopes";
import type { ArticleDetail, ArticleSummary } from "@/lib/contracts/article";

export async function listArticles(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<ArticleSummary[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    where: articleScope(actor),
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
    where: { id, ...articleScope(actor) },
    select: { title: true },
  });
  if (!row) throw notFound("Article");
  return row.title;
}

/** getArticle for a caller that reads the annotations anyway and counts them itself (the counts are left at zero). */
export async function getArticleUncounted(actor: Actor, id: string): Promise<ArticleDetail> {
  const db = await getDb();
  const row = await db.article.findFirst({
    where: { id, ...articleScope(actor) },
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
