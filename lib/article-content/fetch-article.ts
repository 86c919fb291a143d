import "server-only";
import { escapeHtml } from "@/lib/export/html-escape";
import { fetchErrorAnswer } from "@/lib/net/fetch-error-answer";
import { isSafeFetchError } from "@/lib/net/fetch-errors";
import { safeFetch, type SafeFetchResult } from "@/lib/net/safe-fetch";
import { dateInputSchema } from "@/lib/validation/common";
import type { Block } from "./blocks";
import { blocksToHtml } from "./blocks-to-html";
import { toCanonicalText } from "./canonical-text";
import { extractArticle } from "./extract-article";
import { fromPlainText } from "./from-plain-text";
import { noReadableText } from "./limits";
import { sanitiseArchivedHtml } from "./sanitise-archive";

/** Pages this big are rare; a larger answer is more likely a download or a hostile server than an article. */
const ARTICLE_FETCH_MAX_BYTES = 5_000_000;
const ARTICLE_FETCH_TIMEOUT_MS = 15_000;
const MAX_TITLE_CHARS = 300;
const ARTICLE_CONTENT_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export type FetchedArticle = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  fetchedAt: Date;
  /** The page as received, sanitised: what the article keeps as its archived copy. */
  archivedHtml: string;
  /** The page's title, or its address when it has none (the user can edit it before saving). */
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  excerpt: string | null;
  blocks: Block[];
  /** The canonical text of blocks: what the article's body will be. */
  body: string;
  /** blocks as HTML that contentFromInput("html", …) reads back to the same blocks. */
  contentHtml: string;
};

async function fetchPage(url: string, signal?: AbortSignal): Promise<SafeFetchResult> {
  try {
    return await safeFetch(url, {
      contentTypes: ARTICLE_CONTENT_TYPES,
      maxBytes: ARTICLE_FETCH_MAX_BYTES,
      timeoutMs: ARTICLE_FETCH_TIMEOUT_MS,
      signal,
    });
  } catch (error) {
    throw isSafeFetchError(error) ? fetchErrorAnswer(error) : error;
  }
}

/** A page's date as the API takes dates; anything a page writes that is not one is dropped, not guessed at. */
function publishedDate(value: string | null): Date | null {
  const parsed = dateInputSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}

/**
 * Fetches a user-given URL (SSRF-safe, capped in size and time) and reads the article in it: HTML
 * through Readability and the page's metadata, plain text as paragraphs. Throws AppErrors only:
 * 422 for a URL or page that cannot be used, 413, 502 and 504 for what the site did.
 */
export async function fetchArticle(
  url: string,
  options: { signal?: AbortSignal } = {},
): Promise<FetchedArticle> {
  const page = await fetchPage(url, options.signal);
  // PostgreSQL text cannot hold NUL, and no article needs one.
  const source = page.body.replace(/\u0000/g, "");
  const isHtml = page.contentType !== "text/plain";
  const extracted = isHtml ? extractArticle(source, page.finalUrl) : null;
  const blocks = extracted ? extracted.blocks : fromPlainText(source);
  const canonical = toCanonicalText(blocks);
  if (!canonical.text) throw noReadableText();
  return {
    requestedUrl: url.trim(),
    finalUrl: page.finalUrl,
    status: page.status,
    fetchedAt: page.fetchedAt,
    archivedHtml: isHtml
      ? sanitiseArchivedHtml(source, page.finalUrl)
      : `<pre>${escapeHtml(source)}</pre>`,
    title: extracted?.title ?? page.finalUrl.slice(0, MAX_TITLE_CHARS),
    author: extracted?.byline ?? null,
    outlet: extracted?.siteName ?? null,
    publishedAt: publishedDate(extracted?.publishedTime ?? null),
    excerpt: extracted?.excerpt ?? null,
    blocks: canonical.blocks,
    body: canonical.text,
    contentHtml: blocksToHtml(canonical.blocks),
  };
}
