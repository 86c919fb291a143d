/** Pure export renderers and the import parser: no I/O, no database; callers load the bundle. */
export type {
  ExportAnnotation,
  ExportArticle,
  ExportBundle,
  ExportOptions,
  ParseResult,
  ParsedAnnotation,
  ParsedPerson,
  ParsedReply,
  ParsedReview,
  ParsedSettlement,
} from "./types";
export {
  ANONYMOUS_EXPORTER,
  anonymiseBundle,
  prepareReport,
  selectAnnotations,
  type Numbered,
  type PreparedReport,
} from "./select";
export {
  annotationIri,
  articleIri,
  collectionIri,
  permalink,
  replyIri,
  safeHttpUrl,
  userIri,
  versionIri,
} from "./urls";
export { isOlderVersion, versionSentence } from "./labels";
export { renderHtmlReport } from "./html-report";
export { renderPrintParts } from "./print-parts";
export { renderMarkdownReport } from "./markdown-report";
export { CSV_COLUMNS, renderCsv } from "./csv";
export {
  EXPORT_CONTEXT,
  FACTMARK_VOCAB,
  renderWebAnnotationJsonLd,
  type JsonObject,
  type JsonValue,
} from "./web-annotation";
export {
  MAX_IMPORT_ANNOTATIONS,
  parseWebAnnotations,
  parseWebAnnotationsYielding,
} from "./web-annotation-import";
export { CLAIM_RATING, renderClaimReviews } from "./claim-review";
export { jsonLdFile, stringifyForHtml } from "./json-for-html";
