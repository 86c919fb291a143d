import { z } from "zod";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/annotations";
import { describeIssue, finish, quoteFromSelectors, type Outcome, type QuoteTarget } from "./import-common";

/** The fields we use of an annotation as Hypothesis' API and its client's export give it (others are ignored). */
const hypothesisSchema = z.object({
  text: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  user: z.string().nullish(),
  user_info: z.object({ display_name: z.string().nullish() }).nullish(),
  created: z.string().nullish(),
  target: z.array(z.object({ source: z.string().nullish(), selector: z.array(z.unknown()).nullish() })).min(1),
});

/** Hypothesis' own shape: a target list whose entries carry selectors, plus text/tags/user (not a W3C "type": "Annotation"). */
export function looksLikeHypothesis(item: unknown): boolean {
  if (typeof item !== "object" || item === null) return false;
  const record = item as Record<string, unknown>;
  return record.type === undefined && Array.isArray(record.target) && ("text" in record || "user" in record || "tags" in record);
}

/** "acct:mark@hypothes.is" → "mark"; the display name wins when Hypothesis sent one. */
function userName(user: string | null | undefined, display: string | null | undefined): string | null {
  if (display?.trim()) return display;
  if (!user) return null;
  return user.replace(/^acct:/, "").replace(/@[^@]*$/, "") || null;
}

/** Status from the first tag that names one (case-insensitive), else unverified; the note is the text. */
export function parseHypothesis(item: unknown): Outcome {
  const parsed = hypothesisSchema.safeParse(item);
  if (!parsed.success) return { error: `not a readable Hypothesis annotation (${describeIssue(parsed.error)})` };
  const h = parsed.data;
  const statuses: readonly string[] = ANNOTATION_STATUSES;
  const tag = (h.tags ?? []).map((t) => t.trim().toLowerCase()).find((t) => statuses.includes(t));
  let quote: QuoteTarget | null = null;
  for (const target of h.target) {
    quote = quoteFromSelectors(target.selector ?? []);
    if (quote) break;
  }
  return finish({
    status: (tag as AnnotationStatus | undefined) ?? null,
    note: h.text ?? "",
    sources: [],
    quote,
    creatorName: userName(h.user, h.user_info?.display_name),
    created: h.created ?? null,
  });
}
