import { normaliseBody } from "@/lib/validation/articles";

/**
 * The demo article: a machine-reworded copy of a Reuters story (16/17 March 2021) on the
 * declassified ODNI assessment of foreign threats to the 2020 US elections.
 *
 * Pure module: no file access. See read-seed-article.ts for reading the bundled text file.
 */

export const DEMO_ARTICLE_TITLE =
  "U.S. intelligence report: Russia sought to sway 2020 election toward Trump";

export const DEMO_ARTICLE_OUTLET = "Reuters (machine-reworded copy)";

/**
 * URL of the original Reuters story. Not verified: syndicated copies of the story
 * (Irish Times, Straits Times, The Daily Herald) were found, but not the reuters.com page itself.
 */
export const DEMO_ARTICLE_URL: string | null = null;

/** Reuters byline of the original story. Not verified (no copy with the byline was found). */
export const DEMO_ARTICLE_AUTHOR: string | null = null;

export type SeedArticle = {
  /** Publication date, ISO "YYYY-MM-DD". */
  publishedAt: string;
  /** Article text; paragraphs separated by exactly "\n\n". */
  body: string;
};

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]+/;

function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * Parses the seed file: ` date YYYY-MM-DD <body…>`. The date line prefix is the publication
 * date and is not part of the body.
 */
export function parseSeedArticle(raw: string): SeedArticle {
  const text = raw.replace(/^\uFEFF/, "");
  const match = DATE_PREFIX.exec(text);
  const publishedAt = match?.[1];
  if (!match || publishedAt === undefined || !isCalendarDate(publishedAt)) {
    throw new Error('Seed article must start with "date YYYY-MM-DD " (the publication date).');
  }
  const body = normaliseBody(text.slice(match[0].length));
  if (body.length === 0) throw new Error("Seed article has no body.");
  return { publishedAt, body };
}
