import { isStorableText } from "@/lib/validation/text";

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
};

/** The parts of a DOM this reads: linkedom's and a browser's documents both fit. */
type MetadataDocument = {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
};

const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "BlogPosting",
  "Report",
]);
/** A page's JSON-LD is small; these stop a hostile one from costing much. */
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 1_000;

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One line of storable text, or null. */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim().slice(0, max).trim();
  return text && isStorableText(text) ? text : null;
}

/** Every object in the JSON-LD blocks, breadth first and bounded: top-level arrays and @graph hold the article node on real sites. */
function jsonLdNodes(document: MetadataDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const source = script.textContent ?? "";
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue; // invalid JSON-LD is common; the page's other metadata still counts
    }
    const queue: unknown[] = [parsed];
    while (queue.length && nodes.length < MAX_JSON_LD_NODES) {
      const value = queue.shift();
      if (Array.isArray(value)) queue.push(...value.slice(0, MAX_JSON_LD_NODES));
      else if (isObject(value)) {
        nodes.push(value);
        if (Array.isArray(value["@graph"]))
          queue.push(...value["@graph"].slice(0, MAX_JSON_LD_NODES));
      }
    }
  }
  return nodes;
}

function isArticleNode(node: JsonObject): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t));
}

/** `author` is a name, a Person, or a list of either. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 20);
  const found = list
    .map((entry) => cleanText(isObject(entry) ? entry.name : entry, 200))
    .filter((name): name is string => name !== null);
  return cleanText([...new Set(found)].join(", "), 200);
}

function meta(document: MetadataDocument, selector: string): string | null {
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const content = cleanText(element.getAttribute("content"), 1000);
    if (content) return content;
  }
  return null;
}

/**
 * What the page says about itself, JSON-LD first (most precise), then Open Graph and the
 * other meta tags. Read before Readability, which changes the document.
 */
export function readPageMetadata(document: MetadataDocument): PageMetadata {
  const article = jsonLdNodes(document).find(isArticleNode);
  const publisher = article && isObject(article.publisher) ? article.publisher : null;
  return {
    title:
      cleanText(article?.headline, 300) ??
      cleanText(meta(document, 'meta[property="og:title"], meta[name="twitter:title"]'), 300),
    byline:
      (article && names(article.author)) ??
      cleanText(meta(document, 'meta[name="author"], meta[property="article:author"]'), 200),
    siteName:
      cleanText(publisher?.name, 200) ??
      cleanText(meta(document, 'meta[property="og:site_name"]'), 200),
    publishedTime:
      cleanText(article?.datePublished, 100) ??
      meta(document, 'meta[property="article:published_time"], meta[itemprop="datePublished"]'),
    excerpt:
      cleanText(article?.description, 1000) ??
      meta(document, 'meta[property="og:description"], meta[name="description"]'),
  };
}
