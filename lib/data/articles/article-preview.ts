import "server-only";
import type { Actor } from "@/lib/permissions/roles";
import {
  findDuplicateArticles,
  type DuplicateArticle,
} from "@/lib/data/articles/article-duplicates";
import { bodyHash } from "@/lib/data/articles/articles";
import { fetchPageForArticle, type FetchOptions } from "@/lib/data/articles/fetched-pages";

const TEXT_PREVIEW_CHARS = 600;

export type ArticlePreview = {
  /** Send it back with the (edited) fields to POST /api/articles to keep this fetch as the archived copy. */
  fetchId: string;
  requestedUrl: string;
  /** After redirects: what the article's URL will be. */
  url: string;
  fetchedAt: string;
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  excerpt: string | null;
  format: "html";
  /** The article's structure as small HTML; POST it as `content` with `format: "html"`. */
  content: string;
  textPreview: string;
  characterCount: number;
  blockCount: number;
  /** Articles the actor can read with the same URL or the same text: pointed out, not refused. */
  duplicates: DuplicateArticle[];
};

function textPreview(body: string): string {
  if (body.length <= TEXT_PREVIEW_CHARS) return body;
  const cut = body.slice(0, TEXT_PREVIEW_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > TEXT_PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** Fetches a page and reads the article in it, for the user to check and edit before saving; no article is added yet. */
export async function fetchArticleFromUrl(
  actor: Actor,
  url: string,
  options: FetchOptions = {},
): Promise<ArticlePreview> {
  const { page, fetchId } = await fetchPageForArticle(actor, url, options);
  const duplicates = await findDuplicateArticles(actor, {
    urls: [page.requestedUrl, page.finalUrl],
    contentHash: bodyHash(page.body),
  });
  return {
    fetchId,
    requestedUrl: page.requestedUrl,
    url: page.finalUrl,
    fetchedAt: page.fetchedAt.toISOString(),
    title: page.title,
    author: page.author,
    outlet: page.outlet,
    publishedAt: page.publishedAt?.toISOString() ?? null,
    excerpt: page.excerpt,
    format: "html",
    content: page.contentHtml,
    textPreview: textPreview(page.body),
    characterCount: page.body.length,
    blockCount: page.blocks.length,
    duplicates,
  };
}
