import { prepareReport } from "./select";
import type { ExportAnnotation, ExportBundle } from "./types";
import { annotationIri, articleIri, base, collectionIri, safeHttpUrl, userIri, versionIri } from "./urls";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/**
 * Our own terms ("factmark:reviewState", "factmark:articleVersion"). A fixed IRI, not one per instance, so the same
 * term means the same thing whichever Factmark made the file.
 */
export const FACTMARK_VOCAB = "urn:factmark:vocab:";
const DCTERMS = "http://purl.org/dc/terms/";

/** anno.jsonld first (the model requires it), then our prefixes; "dcterms" is repeated there only so the file does not depend on it. */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { factmark: FACTMARK_VOCAB, dcterms: DCTERMS }];

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/**
 * A source as a body: a SpecificResource whose source is the cited page (title as dcterms:title),
 * whose TextQuoteSelector is the passage quoted from it, and whose TimeState.sourceDate is when it
 * was read. Purpose "linking" (the W3C motivation for "a resource related to the target"): the
 * vocabulary has no "citing", and purposes must come from it.
 */
function sourceBody(source: ExportAnnotation["sources"][number]): JsonObject | null {
  const url = safeHttpUrl(source.url) && source.url.trim();
  if (!url) return null;
  const body: JsonObject = { type: "SpecificResource", purpose: "linking", source: { id: url, ...(source.title ? { "dcterms:title": source.title } : {}) } };
  if (source.quote) body.selector = { type: "TextQuoteSelector", exact: source.quote };
  if (source.accessedAt) body.state = { type: "TimeState", sourceDate: source.accessedAt };
  return body;
}

/**
 * Which version of the text the selectors count in, as the model says it: a TimeState whose
 * `cached` copy is that version's read-only page and whose sourceDate is when it was made (the
 * article IRI alone names a text that later revisions change). The model requires a sourceDate.
 * An orphan's target is its last place, on some earlier text, so it has none.
 */
function versionState(bundle: ExportBundle): JsonObject | null {
  const made = bundle.article.versionCreatedAt;
  return made ? { type: "TimeState", cached: versionIri(bundle), sourceDate: made } : null;
}

function annotation(bundle: ExportBundle, a: ExportAnnotation, generator: JsonObject): JsonObject {
  const body: JsonObject[] = [];
  if (a.note.trim()) body.push({ type: "TextualBody", value: a.note, format: "text/markdown", purpose: "commenting" });
  body.push({ type: "TextualBody", value: a.status, format: "text/plain", purpose: "assessing" });
  for (const s of a.sources) {
    const b = sourceBody(s);
    if (b) body.push(b);
  }
  // Anonymised ids ("reviewer-1") are not accounts: no IRI then, the name alone.
  const creator: JsonObject = { ...(bundle.options.anonymise ? {} : { id: userIri(bundle, a.author.id) }), type: "Person", name: a.author.name };
  const original = safeHttpUrl(bundle.article.url) && bundle.article.url!.trim();
  const { exact, prefix, suffix, start, end } = a.target;
  const state = a.orphan || !a.anchor ? null : versionState(bundle);
  return {
    id: annotationIri(bundle, a.id),
    type: "Annotation",
    motivation: "assessing",
    creator,
    created: a.createdAt,
    modified: a.updatedAt,
    generator,
    generated: bundle.generatedAt,
    body,
    target: {
      type: "SpecificResource",
      source: articleIri(bundle),
      // scope: "the resource that provides the context" of the target, here the original publication we copied the text from.
      ...(original ? { scope: original } : {}),
      ...(state ? { state } : {}),
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
    "factmark:reviewState": a.reviewState,
  };
}

/**
 * The selected annotations as a W3C Web Annotation AnnotationCollection with one embedded
 * AnnotationPage. Targets use the stored target (quote, context and offsets as annotated), not
 * today's anchor, so re-anchoring on import works as it does in the app; for an older version,
 * the target as it was placed on that text.
 */
export function renderWebAnnotationJsonLd(input: ExportBundle): JsonObject {
  const { bundle } = prepareReport(input);
  const id = collectionIri(bundle);
  const generator: JsonObject = { id: `${base(bundle)}/`, type: "Software", name: "Factmark", homepage: `${base(bundle)}/` };
  const items = bundle.annotations.map((a) => annotation(bundle, a, generator));
  return {
    "@context": EXPORT_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: bundle.article.title,
    "factmark:articleVersion": bundle.article.version,
    total: items.length,
    generator,
    generated: bundle.generatedAt,
    first: { id: `${id}&page=0`, type: "AnnotationPage", startIndex: 0, items },
  };
}
