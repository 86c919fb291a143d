import { personLabel, reviewCounts } from "./labels";
import { prepareReport } from "./select";
import type { ExportAnnotation, ExportBundle } from "./types";
import { safeHttpUrl } from "./urls";

export const CSV_COLUMNS = [
  "id",
  "article_id",
  "status",
  "review_state",
  "quote",
  "prefix",
  "suffix",
  "start",
  "end",
  "note",
  "sources",
  "author",
  "created",
  "updated",
  "agreements",
  "disagreements",
  "replies",
  // Last, so files read by column position before they were added still read the same.
  "article_version",
  "reviews_on_previous_version",
] as const;

/**
 * One cell: a leading = + - @ tab or carriage return would make a spreadsheet read it as a formula
 * (CSV injection), so such a cell gets a leading apostrophe; then RFC 4180 quoting when it holds a
 * comma, quote, CR or LF, with quotes doubled.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Offsets are the stored target (what the quote, prefix and suffix describe), as in the JSON-LD
 * export; they count in the text of article_version, the version the export was made from.
 */
function row(a: ExportAnnotation, articleVersion: number): (string | number)[] {
  const { agreements, disagreements, previous } = reviewCounts(a);
  // Only http(s) addresses, normalised (so no spaces), joined by a space.
  const sources = a.sources.map((s) => safeHttpUrl(s.url)).filter((u): u is string => u !== null);
  return [
    a.id,
    a.articleId,
    a.status,
    a.reviewState,
    a.target.exact,
    a.target.prefix,
    a.target.suffix,
    a.target.start,
    a.target.end,
    a.note,
    sources.join(" "),
    personLabel(a.author),
    a.createdAt,
    a.modifiedAt,
    agreements,
    disagreements,
    a.replyCount,
    articleVersion,
    previous,
  ];
}

/** One row per selected annotation, in report order; UTF-8 BOM (Excel then reads UTF-8) and CRLF line ends. */
export function renderCsv(input: ExportBundle): string {
  const { bundle } = prepareReport(input);
  const lines = [
    CSV_COLUMNS.map(csvCell).join(","),
    ...bundle.annotations.map((a) => row(a, bundle.article.version).map(csvCell).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
