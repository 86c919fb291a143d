import { z } from "zod";
import { ANNOTATION_STATUSES, isOneOf } from "@/lib/validation/constants";
import { describeIssue, emptyDraft, finish, type Outcome } from "@/lib/import/common";
import { quoteFromSelectors, type QuoteTarget } from "@/lib/import/selectors";
import { cleanPerson } from "@/lib/import/people";
import { finishReply } from "@/lib/import/replies";

/** The fields we use of an annotation as Hypothesis' API and its client's export give it (others are ignored). */
const hypothesisSchema = z.object({
  id: z.string().nullish(),
  text: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  user: z.string().nullish(),
  user_info: z.object({ display_name: z.string().nullish() }).nullish(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
  /** The thread above a reply: its root annotation first, the annotation or reply it answers last. */
  references: z.array(z.string()).nullish(),
  target: z
    .array(z.object({ source: z.string().nullish(), selector: z.array(z.unknown()).nullish() }))
    .min(1),
});

/** Hypothesis' own shape: a target list whose entries carry selectors, plus text/tags/user (not a W3C "type": "Annotation"). */
export function looksLikeHypothesis(item: unknown): boolean {
  if (typeof item !== "object" || item === null) return false;
  const record = item as Record<string, unknown>;
  return (
    record.type === undefined &&
    Array.isArray(record.target) &&
    ("text" in record || "user" in record || "tags" in record)
  );
}

/**
 * The Hypothesis user as an external author: "acct:mark@hypothes.is" is their stable id there,
 * shown by their display name when Hypothesis sent one, else by the account name ("mark").
 */
function userOf(user: string | null | undefined, display: string | null | undefined) {
  const account = user?.replace(/^acct:/, "").replace(/@[^@]*$/, "") || null;
  return cleanPerson(display?.trim() || account, user);
}

/**
 * Status from the first tag that names one (case-insensitive), else unverified; the other tags stay
 * tags. The note is the text; the user and dates are the author's. A reply (it has `references`)
 * answers the last annotation in them; a page note (no quote: it annotates the whole page) is
 * reported as skipped, since there is no passage of the article to put it on.
 */
export function parseHypothesis(item: unknown): Outcome {
  const parsed = hypothesisSchema.safeParse(item);
  if (!parsed.success)
    return { error: `not a readable Hypothesis annotation (${describeIssue(parsed.error)})` };
  const h = parsed.data;
  const creator = userOf(h.user, h.user_info?.display_name);
  const references = h.references ?? [];
  if (references.length) {
    return finishReply({
      key: h.id ?? null,
      target: references.at(-1)!,
      body: h.text ?? "",
      creator,
      created: h.created,
      modified: h.updated,
    });
  }
  const tags = h.tags ?? [];
  const tag = tags.map((t) => t.trim().toLowerCase()).find((t) => isOneOf(ANNOTATION_STATUSES, t));
  let quote: QuoteTarget | null = null;
  for (const target of h.target) {
    // Hypothesis' client counts positions in the page's DOM text as JavaScript does: UTF-16 code units.
    quote = quoteFromSelectors(target.selector ?? [], "utf16");
    if (quote) break;
  }
  if (!quote)
    return {
      error:
        "a page note (about the whole page: no TextQuoteSelector, no quoted passage): nothing in the article to attach it to",
    };
  return finish(
    {
      ...emptyDraft(quote),
      status: tag ?? null,
      note: h.text ?? "",
      creator,
      created: h.created,
      modified: h.updated,
      tags,
    },
    h.id ?? null,
  );
}
