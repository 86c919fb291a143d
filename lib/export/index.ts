/** Pure export renderers: no I/O, no database; callers load the bundle. Imports are lib/import. */
export type {
  ExportAnnotation,
  ExportArticle,
  ExportBundle,
  ExportOptions,
  ParsedAnnotation,
  ParsedPerson,
  ParsedReview,
} from "./types";
export { articleIri } from "./urls";
export { isOlderVersion } from "./labels";
export { renderHtmlReport } from "./html-report";
export { renderPrintParts } from "./print-parts";
export { renderMarkdownReport } from "./markdown-report";
export { renderCsv } from "./csv";
export { renderWebAnnotationJsonLd, type JsonObject } from "./web-annotation";
export { renderClaimReviews } from "./claim-review";
export { jsonLdFile } from "./json-for-html";
