import { offsetConverter, type OffsetConverter } from "@/lib/text/code-points";
import { TERM } from "./factmark-terms";
import { prepareReport } from "./select";
import type { ExportAnnotation, ExportBundle } from "./types";
import {
  agent,
  languageOf,
  replyItems,
  reviewsOf,
  settlementOf,
  type JsonObject,
} from "./web-annotation-parts";
import { annotationIri, articleIri, base, collectionIri, safeHttpUrl, versionIri } from "./urls";

export type { JsonObject } from "./web-annotation-parts";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/**
 * Our own terms (lib/export/factmark-terms.ts). A fixed IRI, not one per instance, so the same
 * term means the same thing whichever Factmark made the file.
 */
const FACTMARK_VOCAB = "urn:factmark:vocab:";
const DCTERMS = "http://purl.org/dc/terms/";

/** anno.jsonld first (the model requires it), then our prefixes; "dcterms" is repeated there only so the file does not depend on it. */
const EXPORT_CONTEXT = [ANNO_CONTEXT, { factmark: FACTMARK_VOCAB, dcterms: DCTERMS }];

/** Status words are our English vocabulary, whatever language the notes are in. */
const VOCABULARY_LANGUAGE = "en";

/**
 * A source as a body: a SpecificResource whose source is the cited page (title as dcterms:title),
 * whose TextQuoteSelector is the passage quoted from it, and whose TimeState.sourceDate is when it
 * was read. Purpose "linking" (the W3C motivation for "a resource related to the target"): the
 * vocabulary has no "citing", and purposes must come from it.
 */
function sourceBody(source: ExportAnnotation["sources"][number]): JsonObject | null {
  const url = safeHttpUrl(source.url) && source.url.trim();
  if (!url) return null;
  const body: JsonObject = {
    type: "SpecificResource",
    purpose: "linking",
    source: { id: url, ...(source.title ? { "dcterms:title": source.title } : {}) },
  };
  if (source.quote) body.selector = { type: "TextQuoteSelector", exact: source.quote };
  if (source.accessedAt) body.state = { type: "TimeState", sourceDate: source.accessedAt };
  return body;
}

/**
 * Which version of the text the selectors count in, as the model says it: a TimeState whose
 * `cached` copy is that version's read-only page and whose sourceDate is when it was made (the
 * article IRI alone names a text that later revisions change). The model requires a sourceDate.
 */
function versionState(bundle: ExportBundle): JsonObject | null {
  const made = bundle.article.versionCreatedAt;
  return made ? { type: "TimeState", cached: versionIri(bundle), sourceDate: made } : null;
}

/**
 * The selectors of a target. TextPositionSelector offsets count Unicode code points, as the model
 * requires (the app counts UTF-16 code units: they differ after every emoji). An orphan's offsets
 * count in an earlier text this file does not carry, so it has only its quote (the quote decides
 * where an annotation goes anyway).
 */
function selectors(a: ExportAnnotation, convert: OffsetConverter): JsonObject[] {
  const { exact, prefix, suffix, start, end } = a.target;
  const quote: JsonObject = { type: "TextQuoteSelector", exact, prefix, suffix };
  const from = a.orphan || !a.anchor ? null : convert.toCodePoints(start);
  const to = from === null ? null : convert.toCodePoints(end);
  return from !== null && to !== null
    ? [quote, { type: "TextPositionSelector", start: from, end: to }]
    : [quote];
}

/** The textual bodies (note, status, tags), each with who wrote it and when, and its format and language as the model advises. */
function textBodies(bundle: ExportBundle, a: ExportAnnotation): JsonObject[] {
  const made = { creator: agent(bundle, a.author), created: a.createdAt };
  const bodies: JsonObject[] = [];
  if (a.note.trim())
    bodies.push({
      type: "TextualBody",
      value: a.note,
      format: "text/markdown",
      ...languageOf(bundle),
      purpose: "commenting",
      ...made,
    });
  bodies.push({
    type: "TextualBody",
    value: a.status,
    format: "text/plain",
    language: VOCABULARY_LANGUAGE,
    purpose: "assessing",
    ...made,
  });
  for (const tag of a.tags)
    bodies.push({
      type: "TextualBody",
      value: tag,
      format: "text/plain",
      purpose: "tagging",
      ...made,
    });
  return bodies;
}

function annotation(
  bundle: ExportBundle,
  a: ExportAnnotation,
  generator: JsonObject,
  convert: OffsetConverter,
): JsonObject {
  const body = textBodies(bundle, a);
  for (const s of a.sources) {
    const b = sourceBody(s);
    if (b) body.push(b);
  }
  const original = safeHttpUrl(bundle.article.url) && bundle.article.url!.trim();
  const state = a.orphan || !a.anchor ? null : versionState(bundle);
  const settlement = settlementOf(bundle, a);
  return {
    id: annotationIri(bundle, a.id),
    type: "Annotation",
    motivation: "assessing",
    creator: agent(bundle, a.author),
    created: a.createdAt,
    modified: a.modifiedAt,
    generator,
    generated: bundle.generatedAt,
    body,
    target: {
      type: "SpecificResource",
      source: articleIri(bundle),
      // scope: "the resource that provides the context" of the target, here the original publication we copied the text from.
      ...(original ? { scope: original } : {}),
      ...(state ? { state, [TERM.articleVersion]: bundle.article.version } : {}),
      selector: selectors(a, convert),
    },
    [TERM.reviewState]: a.reviewState,
    ...(a.reviews.length ? { [TERM.reviews]: reviewsOf(bundle, a) } : {}),
    ...(settlement ? { [TERM.settlement]: settlement } : {}),
  };
}

/**
 * The selected annotations as a W3C Web Annotation AnnotationCollection with one embedded
 * AnnotationPage (so `first` and `last` name the same page). Targets use the stored target
 * (quote, context and offsets as annotated), not today's anchor, so re-anchoring on import works
 * as it does in the app; for an older version, the target as it was placed on that text. With
 * the discussion included, each annotation's replies follow it as annotations of their own.
 */
export function renderWebAnnotationJsonLd(input: ExportBundle): JsonObject {
  const { bundle } = prepareReport(input);
  const id = collectionIri(bundle);
  const page = `${id}&page=0`;
  const generator: JsonObject = {
    id: `${base(bundle)}/`,
    type: "Software",
    name: "Factmark",
    homepage: `${base(bundle)}/`,
  };
  const convert = offsetConverter(bundle.article.body);
  const items = bundle.annotations.flatMap((a) => [
    annotation(bundle, a, generator, convert),
    ...replyItems(bundle, a, generator),
  ]);
  return {
    "@context": EXPORT_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: bundle.article.title,
    [TERM.articleVersion]: bundle.article.version,
    total: items.length,
    generator,
    generated: bundle.generatedAt,
    first: { id: page, type: "AnnotationPage", partOf: id, startIndex: 0, items },
    last: page,
  };
}
