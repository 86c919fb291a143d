import { z } from "zod";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/annotations";
import { asList, describeIssue, finish, quoteFromSelectors, type Draft, type Outcome, type QuoteTarget } from "./import-common";

const stringOrList = z.union([z.string(), z.array(z.string())]);

const annotationSchema = z.object({
  type: stringOrList.optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z.unknown().refine((t) => t !== undefined && t !== null, { message: "an annotation needs a target" }),
  creator: z.unknown().optional(),
  created: z.string().optional(),
});

const textualBody = z.object({ type: z.string().optional(), value: z.string(), purpose: stringOrList.optional() });
const resource = z.union([z.string(), z.looseObject({ id: z.string() })]);
const specificResource = z.looseObject({ type: z.string().optional(), source: resource, selector: z.unknown().optional() });
const externalResource = z.looseObject({ id: z.string() });
const targetObject = z.object({ source: z.unknown().optional(), selector: z.unknown().optional() });
const agent = z.looseObject({ name: z.string().optional(), nickname: z.string().optional() });

const STATUSES: readonly string[] = ANNOTATION_STATUSES;
/** Purposes under which a body's value may name our status ("tagging" is what most tools, Hypothesis included, use for tags). */
const STATUS_PURPOSES = new Set(["assessing", "tagging", "classifying"]);

/** A title wherever a producer may put it: dcterms:title (ours), dc:title, or a plain title/name. */
function titleOf(...objects: Record<string, unknown>[]): string {
  for (const o of objects)
    for (const key of ["dcterms:title", "dc:title", "title", "name"]) {
      const value = o[key];
      if (typeof value === "string" && value.trim()) return value;
    }
  return "";
}

/** Reads one body into the draft: a status, a piece of note, or a source. Tags that are not a status are ignored. */
function readBody(body: unknown, draft: Draft, notes: string[]): void {
  if (typeof body === "string") {
    draft.sources.push({ url: body, title: "", quote: "" }); // a bare IRI body: the resource it points to
    return;
  }
  const text = textualBody.safeParse(body);
  if (text.success) {
    const purposes = asList(text.data.purpose).map(String);
    const value = text.data.value.trim().toLowerCase();
    if (purposes.some((p) => STATUS_PURPOSES.has(p)) && STATUSES.includes(value)) draft.status ??= value as AnnotationStatus;
    else if (!purposes.some((p) => p === "tagging" || p === "classifying") && text.data.value.trim()) notes.push(text.data.value);
    return;
  }
  const specific = specificResource.safeParse(body);
  if (specific.success) {
    const source = specific.data.source;
    const url = typeof source === "string" ? source : source.id;
    const quote = asList(specific.data.selector).map((s) => quoteFromSelectors([s])?.exact).find(Boolean) ?? "";
    draft.sources.push({ url, title: titleOf(specific.data, typeof source === "string" ? {} : source), quote });
    return;
  }
  const external = externalResource.safeParse(body);
  if (external.success) draft.sources.push({ url: external.data.id, title: titleOf(external.data), quote: "" });
}

function creatorName(creator: unknown): string | null {
  for (const c of asList(creator)) {
    const a = agent.safeParse(c);
    if (a.success && (a.data.name || a.data.nickname)) return a.data.name ?? a.data.nickname ?? null;
  }
  return null;
}

/** The first target that carries a TextQuoteSelector (targets may be a list, selectors a single object or a list). */
function quoteOf(target: unknown): QuoteTarget | null {
  for (const t of asList(target)) {
    const parsed = targetObject.safeParse(t);
    if (!parsed.success) continue;
    const quote = quoteFromSelectors(asList(parsed.data.selector));
    if (quote) return quote;
  }
  return null;
}

/**
 * One W3C Web Annotation (ours or another tool's). Status: a body whose purpose is assessing (ours),
 * tagging or classifying and whose value is a status, else unverified. Note: the other textual
 * bodies (commenting or no purpose) and bodyValue, joined by blank lines. Sources: SpecificResource
 * bodies (ours; the quote is their TextQuoteSelector), IRI bodies and external resources.
 */
export function parseW3cAnnotation(item: unknown): Outcome {
  const parsed = annotationSchema.safeParse(item);
  if (!parsed.success) return { error: `not a readable Web Annotation (${describeIssue(parsed.error)})` };
  const a = parsed.data;
  const types = asList(a.type);
  if (types.length && !types.includes("Annotation") && !types.includes("oa:Annotation")) return { error: `its type is ${JSON.stringify(a.type)}, not "Annotation"` };
  const draft: Draft = { status: null, note: "", sources: [], quote: quoteOf(a.target), creatorName: creatorName(a.creator), created: a.created ?? null };
  const notes: string[] = a.bodyValue?.trim() ? [a.bodyValue] : [];
  for (const body of asList(a.body)) readBody(body, draft, notes);
  draft.note = notes.join("\n\n");
  return finish(draft);
}
