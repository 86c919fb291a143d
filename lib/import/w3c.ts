import { z } from "zod";
import { ANNOTATION_STATUSES, isOneOf } from "@/lib/validation/constants";
import { TERM } from "@/lib/export/factmark-terms";
import { agentOf, readFactmarkTerms } from "@/lib/import/factmark";
import {
  asList,
  describeIssue,
  emptyDraft,
  finish,
  type Draft,
  type Outcome,
} from "@/lib/import/common";
import { quoteFromSelectors, type QuoteTarget } from "@/lib/import/selectors";
import { finishReply } from "@/lib/import/replies";
import type { ParsedTextVersion } from "@/lib/export/types";

const stringOrList = z.union([z.string(), z.array(z.string())]);

const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: stringOrList.optional(),
  motivation: stringOrList.optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z
    .unknown()
    .refine((t) => t !== undefined && t !== null, { message: "an annotation needs a target" }),
  creator: z.unknown().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
});

const textualBody = z.object({
  type: z.string().optional(),
  value: z.string(),
  purpose: stringOrList.optional(),
});
const resource = z.union([z.string(), z.looseObject({ id: z.string() })]);
const timeState = z.looseObject({
  type: z.literal("TimeState"),
  sourceDate: z.string().optional(),
  cached: z.string().optional(),
});
const specificResource = z.looseObject({
  type: z.string().optional(),
  source: resource,
  selector: z.unknown().optional(),
  state: z.unknown().optional(),
});
const externalResource = z.looseObject({ id: z.string() });
const targetObject = z.looseObject({
  source: z.unknown().optional(),
  selector: z.unknown().optional(),
  state: z.unknown().optional(),
  [TERM.articleVersion]: z.unknown().optional(),
});

/** Purposes under which a body's value may name our status ("tagging" is what most tools, Hypothesis included, use for tags). */
const STATUS_PURPOSES = new Set(["assessing", "tagging", "classifying"]);
const TAG_PURPOSES = new Set(["tagging", "classifying"]);

/** A title wherever a producer may put it: dcterms:title (ours), dc:title, or a plain title/name. */
function titleOf(...objects: Record<string, unknown>[]): string {
  for (const o of objects)
    for (const key of ["dcterms:title", "dc:title", "title", "name"]) {
      const value = o[key];
      if (typeof value === "string" && value.trim()) return value;
    }
  return "";
}

const firstTimeState = (state: unknown) =>
  asList(state)
    .map((s) => timeState.safeParse(s))
    .find((s) => s.success)?.data;

/** Reads one body into the draft: a status, a tag, a piece of note, or a source (with when it was read). */
function readBody(body: unknown, draft: Draft, notes: string[]): void {
  if (typeof body === "string") {
    draft.sources.push({ url: body, title: "", quote: "" }); // a bare IRI body: the resource it points to
    return;
  }
  const text = textualBody.safeParse(body);
  if (text.success) {
    const purposes = asList(text.data.purpose).map(String);
    const value = text.data.value.trim();
    const status = value.toLowerCase();
    if (purposes.some((p) => STATUS_PURPOSES.has(p)) && isOneOf(ANNOTATION_STATUSES, status))
      draft.status ??= status;
    else if (purposes.some((p) => TAG_PURPOSES.has(p))) draft.tags.push(value);
    else if (value) notes.push(text.data.value);
    return;
  }
  const specific = specificResource.safeParse(body);
  if (specific.success) {
    const source = specific.data.source;
    const url = typeof source === "string" ? source : source.id;
    const quote =
      asList(specific.data.selector)
        .map((s) => quoteFromSelectors([s])?.exact)
        .find(Boolean) ?? "";
    draft.sources.push({
      url,
      title: titleOf(specific.data, typeof source === "string" ? {} : source),
      quote,
      accessedAt: firstTimeState(specific.data.state)?.sourceDate,
    });
    return;
  }
  const external = externalResource.safeParse(body);
  if (external.success)
    draft.sources.push({ url: external.data.id, title: titleOf(external.data), quote: "" });
}

const VERSION_PAGE = /\/versions\/(\d+)$/;

/** Which text the offsets count in: our factmark:articleVersion, else a TimeState's cached copy ending in /versions/N (ours too). */
function textVersionOf(target: z.infer<typeof targetObject>): ParsedTextVersion | null {
  const source = typeof target.source === "string" ? target.source : null;
  const stated = target[TERM.articleVersion];
  const cached = firstTimeState(target.state)?.cached?.match(VERSION_PAGE)?.[1];
  const version =
    typeof stated === "number" && Number.isInteger(stated) && stated > 0
      ? stated
      : cached
        ? Number(cached)
        : null;
  return source || version ? { source, version } : null;
}

/** The first target that carries a TextQuoteSelector (targets may be a list, selectors a single object or a list). */
function quoteOf(
  target: unknown,
): { quote: QuoteTarget; version: ParsedTextVersion | null } | null {
  for (const t of asList(target)) {
    const parsed = targetObject.safeParse(t);
    if (!parsed.success) continue;
    const quote = quoteFromSelectors(asList(parsed.data.selector));
    if (quote) return { quote, version: textVersionOf(parsed.data) };
  }
  return null;
}

/** What a reply answers: its target's IRI (a bare IRI, a resource's id, or a SpecificResource's source). */
function answeredIri(target: unknown): string | null {
  for (const t of asList(target)) {
    if (typeof t === "string") return t;
    const parsed = specificResource.safeParse(t);
    if (parsed.success)
      return typeof parsed.data.source === "string" ? parsed.data.source : parsed.data.source.id;
    const plain = externalResource.safeParse(t);
    if (plain.success) return plain.data.id;
  }
  return null;
}

const textOf = (a: z.infer<typeof annotationSchema>) => {
  const notes: string[] = a.bodyValue?.trim() ? [a.bodyValue] : [];
  for (const body of asList(a.body)) {
    const text = textualBody.safeParse(body);
    if (text.success && text.data.value.trim()) notes.push(text.data.value);
  }
  return notes.length ? notes.join("\n\n") : null;
};

/**
 * One W3C Web Annotation (ours or another tool's). Status: a body whose purpose is assessing (ours),
 * tagging or classifying and whose value is a status, else unverified; other tagging bodies are
 * tags. Note: the other textual bodies (commenting or no purpose) and bodyValue, joined by blank
 * lines. Sources: SpecificResource bodies (ours; the quote is their TextQuoteSelector, when they
 * were read their TimeState), IRI bodies and external resources. Our factmark: terms add the
 * review state, reviews and settlement. An annotation whose motivation is "replying" is a reply.
 */
export function parseW3cAnnotation(item: unknown): Outcome {
  const parsed = annotationSchema.safeParse(item);
  if (!parsed.success)
    return { error: `not a readable Web Annotation (${describeIssue(parsed.error)})` };
  const a = parsed.data;
  const types = asList(a.type);
  if (types.length && !types.includes("Annotation") && !types.includes("oa:Annotation"))
    return { error: `its type is ${JSON.stringify(a.type)}, not "Annotation"` };
  if (asList(a.motivation).includes("replying")) {
    const deleted = a[TERM.deleted] === true;
    return finishReply({
      key: a.id ?? null,
      target: answeredIri(a.target),
      body: deleted ? null : (textOf(a) ?? ""),
      creator: agentOf(a.creator),
      created: a.created,
      modified: a.modified,
    });
  }
  const found = quoteOf(a.target);
  const draft: Draft = {
    ...emptyDraft(found?.quote ?? null),
    creator: agentOf(a.creator),
    created: a.created,
    modified: a.modified,
    textVersion: found?.version ?? null,
  };
  const notes: string[] = a.bodyValue?.trim() ? [a.bodyValue] : [];
  for (const body of asList(a.body)) readBody(body, draft, notes);
  draft.note = notes.join("\n\n");
  readFactmarkTerms(a, draft);
  return finish(draft, a.id ?? null);
}
