import type { PersonView } from "@/lib/contracts/person";
import type { ReplyView } from "@/lib/contracts/reply";
import { REVIEW_TYPE, SETTLEMENT_TYPE, TERM } from "./factmark-terms";
import type { ExportAnnotation, ExportBundle } from "./types";
import { annotationIri, replyIri, userIri } from "./urls";

export type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/**
 * A person as a W3C Agent: an account here by its stable IRI on this server (what an import
 * matches to bring the same person back), an external author by their id elsewhere when known.
 * Anonymised people ("reviewer-1") are not accounts: no id then, the name alone.
 */
export function agent(bundle: ExportBundle, person: PersonView): JsonObject {
  const id = bundle.options.anonymise
    ? null
    : person.id !== null
      ? userIri(bundle, person.id)
      : person.externalId;
  return { ...(id ? { id } : {}), type: "Person", name: person.name };
}

/** The language notes and replies are written in, when the team said (CONTENT_LANGUAGE); the model wants it when known. */
export const languageOf = (bundle: ExportBundle): JsonObject =>
  bundle.contentLanguage ? { language: bundle.contentLanguage } : {};

const optional = (key: string, value: string | null | undefined): JsonObject =>
  value ? { [key]: value } : {};

export function reviewsOf(bundle: ExportBundle, a: ExportAnnotation): JsonObject[] {
  return a.reviews.map((r) => ({
    type: REVIEW_TYPE,
    [TERM.verdict]: r.verdict,
    ...optional(TERM.reason, r.reason),
    ...optional(TERM.proposedStatus, r.proposedStatus),
    creator: agent(bundle, r.reviewer),
    created: r.createdAt,
    ...(r.imported ? { [TERM.imported]: true } : {}),
    ...(r.onPreviousVersion ? { [TERM.onPreviousVersion]: true } : {}),
  }));
}

/**
 * The last settlement. Its decision is the review state while that stands; an edit since reopened
 * the annotation, and then the decision it had is no longer known (only who settled and when).
 */
export function settlementOf(bundle: ExportBundle, a: ExportAnnotation): JsonObject | null {
  const s = a.settlement;
  if (!s) return null;
  return {
    type: SETTLEMENT_TYPE,
    ...(a.reviewState !== "open" ? { [TERM.decision]: a.reviewState } : {}),
    ...optional(TERM.comment, s.comment),
    ...(s.by ? { creator: agent(bundle, s.by) } : { [TERM.byRule]: true }),
    created: s.at,
    ...(s.imported ? { [TERM.imported]: true } : {}),
  };
}

/**
 * Replies as the model has them: annotations of their own, motivation "replying", whose target is
 * the annotation (or, answering a reply, that reply). A deleted reply stays, without its body, so
 * the answers to it keep their place in the thread.
 */
export function replyItems(
  bundle: ExportBundle,
  a: ExportAnnotation,
  generator: JsonObject,
): JsonObject[] {
  return (a.replies ?? []).map((r: ReplyView) => {
    const creator = agent(bundle, r.author);
    const body: JsonObject[] =
      r.body === null
        ? []
        : [
            {
              type: "TextualBody",
              value: r.body,
              format: "text/markdown",
              purpose: "replying",
              ...languageOf(bundle),
              creator,
              created: r.createdAt,
            },
          ];
    return {
      id: replyIri(bundle, a.id, r.id),
      type: "Annotation",
      motivation: "replying",
      creator,
      created: r.createdAt,
      ...(r.updatedAt !== r.createdAt ? { modified: r.updatedAt } : {}),
      generator,
      generated: bundle.generatedAt,
      ...(body.length ? { body } : {}),
      target: r.parentId ? replyIri(bundle, a.id, r.parentId) : annotationIri(bundle, a.id),
      ...(r.deleted ? { [TERM.deleted]: true } : {}),
    };
  });
}
