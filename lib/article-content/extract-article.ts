import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { narrowToArticle } from "./extract-region";
import { flattenDeepNesting } from "./flatten-deep-nesting";
import { fromHtml } from "./from-html";
import { assertInputSize, MAX_HTML_CHARS, noReadableText } from "./limits";
import { cleanText, readPageMetadata } from "./page-metadata";
import { safeHref } from "./safe-href";

export type ExtractedArticle = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it (usually ISO 8601); the caller validates it as a date. */
  publishedTime: string | null;
  excerpt: string | null;
  blocks: Block[];
};

/** Less than a sentence is what is left of a page of navigation or images: not an article. */
const MIN_READABLE_CHARS = 20;

/** A page's `<base href>` counts when it is a web address; otherwise links resolve against the page's own URL. */
function baseUrlOf(document: Document, pageUrl: string): string {
  const base = safeHref(document.querySelector("base[href]")?.getAttribute("href"), pageUrl);
  return base && !base.startsWith("mailto:") ? base : pageUrl;
}

/**
 * The readable article in a fetched page: Readability finds it (on a linkedom document, no
 * browser), and its HTML goes through the same sanitiser and converter as pasted HTML, so
 * nothing Readability keeps (it keeps images, tables, attributes) reaches the blocks. Throws a
 * VALIDATION AppError when the page has no readable text (under MIN_READABLE_CHARS).
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  assertInputSize(html, "HTML page", MAX_HTML_CHARS);
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  const baseUrl = baseUrlOf(document, pageUrl);
  narrowToArticle(document.body);
  flattenDeepNesting(document.documentElement);
  const result = new Readability(document as unknown as Document).parse();
  const blocks = result?.content ? fromHtml(result.content, { baseUrl }) : [];
  if (toCanonicalText(blocks).text.length < MIN_READABLE_CHARS) throw noReadableText();
  return {
    title: metadata.title ?? cleanText(result?.title, 300),
    byline: metadata.byline ?? cleanText(result?.byline, 200),
    siteName: metadata.siteName ?? cleanText(result?.siteName, 200),
    publishedTime: metadata.publishedTime ?? cleanText(result?.publishedTime, 100),
    excerpt: metadata.excerpt ?? cleanText(result?.excerpt, 1000),
    blocks,
  };
}
