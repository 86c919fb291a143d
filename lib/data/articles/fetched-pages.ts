import "server-only";
import { fetchArticle, type FetchedArticle } from "@/lib/article-content/fetch-article";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canCreateArticle, type Actor } from "@/lib/permissions/roles";
import type { CreateArticleFromContentInput } from "@/lib/validation/articles";

/** Long enough to edit a preview over lunch; the copy is the site's page, not ours to keep for ever. */
const FETCHED_PAGE_TTL_MS = 24 * 60 * 60 * 1000;

export type FetchedPageCopy = {
  id: string;
  finalUrl: string;
  archivedHtml: string;
  fetchedAt: Date;
};

const expired = () =>
  new AppError(
    "VALIDATION",
    "This preview has expired or was already saved: fetch the page again",
    {
      fieldErrors: { fetchId: ["Fetch the page again"] },
      reason: "fetch_expired",
    },
  );

const freshSince = () => new Date(Date.now() - FETCHED_PAGE_TTL_MS);

export type FetchOptions = { signal?: AbortSignal };

/**
 * Fetches a page for an article the actor is adding and keeps its archived copy for them. The
 * permission is checked before anything is sent: a viewer must not make the server fetch for them.
 */
export async function fetchPageForArticle(
  actor: Actor,
  url: string,
  options: FetchOptions = {},
): Promise<{ page: FetchedArticle; fetchId: string }> {
  if (!canCreateArticle(actor)) throw forbidden("Viewers cannot add articles");
  const page = await fetchArticle(url, options);
  return { page, fetchId: await keepFetchedPage(actor, page) };
}

/** `{ url }` alone on the API: the article as the preview would save it unedited. */
export async function fetchedArticleInput(
  actor: Actor,
  url: string,
  options: FetchOptions = {},
): Promise<CreateArticleFromContentInput> {
  const { page, fetchId } = await fetchPageForArticle(actor, url, options);
  const { title, outlet, author, finalUrl, publishedAt, contentHtml } = page;
  return {
    title,
    outlet,
    author,
    url: finalUrl,
    publishedAt,
    format: "html",
    content: contentHtml,
    fetchId,
  };
}

/** Keeps a fetched page for its fetcher, and drops everyone's expired ones while at it (no scheduler needed). */
async function keepFetchedPage(actor: Actor, page: FetchedArticle): Promise<string> {
  const db = await getDb();
  const row = await db.fetchedPage.create({
    data: {
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      status: page.status,
      archivedHtml: page.archivedHtml,
      fetchedAt: page.fetchedAt,
      createdById: actor.id,
    },
    select: { id: true },
  });
  await db.fetchedPage.deleteMany({ where: { createdAt: { lt: freshSince() } } });
  return row.id;
}

/** The actor's own unexpired fetch; anyone else's id reads as expired, so ids reveal nothing. */
export async function findFetchedPage(actor: Actor, id: string): Promise<FetchedPageCopy> {
  const db = await getDb();
  const row = await db.fetchedPage.findFirst({
    where: { id, createdById: actor.id, createdAt: { gte: freshSince() } },
    select: { id: true, finalUrl: true, archivedHtml: true, fetchedAt: true },
  });
  if (!row) throw expired();
  return row;
}

/** Uses the fetch up inside the saving transaction: two saves of one preview make one article, the other gets a clear 422. */
export async function claimFetchedPage(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
): Promise<void> {
  const { count } = await tx.fetchedPage.deleteMany({ where: { id, createdById: actor.id } });
  if (count !== 1) throw expired();
}
