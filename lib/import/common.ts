import { z } from "zod";
import { ceilToCodePoint } from "@/lib/anchoring/unicode";
import { codePointLength } from "@/lib/text/code-points";
import { isStorableText } from "@/lib/validation/text";
import {
  MAX_NOTE_CHARS,
  MAX_SOURCES,
  type AnnotationStatus,
  type ReviewState,
} from "@/lib/validation/annotations";
import { cleanDate, cleanTags, firstChars } from "@/lib/import/people";
import type {
  ParsedAnnotation,
  ParsedPerson,
  ParsedReply,
  ParsedReview,
  ParsedSettlement,
  ParsedTextVersion,
} from "@/lib/export/types";
import { safeHttpUrl } from "@/lib/export/urls";

/** Limits of lib/validation/annotations (targetSchema, sourceSchema), so a parsed annotation can be stored as is. */
const MAX_EXACT = 20_000;
const MAX_CONTEXT = 200;
const MAX_TITLE = 300;
const MAX_QUOTE = 2000;

import type { QuoteTarget } from "@/lib/import/selectors";

/** What a format-specific reader found, before the shared checks. */
export type Draft = {
  status: AnnotationStatus | null;
  note: string;
  sources: { url: string; title: string; quote: string; accessedAt?: unknown }[];
  quote: QuoteTarget | null;
  creator: ParsedPerson | null;
  created: unknown;
  modified: unknown;
  tags: string[];
  reviewState: ReviewState | null;
  reviews: ParsedReview[];
  settlement: ParsedSettlement | null;
  textVersion: ParsedTextVersion | null;
  /** Things a reader already repaired or dropped (a review without a verdict…). */
  warnings: string[];
};

export const emptyDraft = (quote: QuoteTarget | null): Draft => ({
  status: null,
  note: "",
  sources: [],
  quote,
  creator: null,
  created: null,
  modified: null,
  tags: [],
  reviewState: null,
  reviews: [],
  settlement: null,
  textVersion: null,
  warnings: [],
});

/** An annotation (with the key its file gives it, so replies can find it), a reply, or why the entry cannot be used. */
export type Outcome =
  | { ok: ParsedAnnotation; key: string | null; warnings: string[] }
  | { reply: ParsedReply; target: string; warnings: string[] }
  | { error: string };

export const asList = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** zod's first issue as "path: message", for error lists people read. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

/** A person's text that would be stored. */
export const personText = (p: ParsedPerson | null) => (p ? [p.name, p.id ?? ""] : []);

/** The draft's text that would be stored, for the one check every stored string gets (lib/validation/text.ts). */
const storedText = (draft: Draft, quote: QuoteTarget) => [
  draft.note,
  quote.exact,
  quote.prefix,
  quote.suffix,
  ...draft.sources.flatMap((s) => [s.url, s.title, s.quote]),
  ...personText(draft.creator),
  ...draft.tags,
  ...draft.reviews.flatMap((r) => [r.reason ?? "", ...personText(r.reviewer)]),
  ...(draft.settlement
    ? [draft.settlement.comment ?? "", ...personText(draft.settlement.editor)]
    : []),
];

/** Context is cut to the length the app keeps, never between the halves of a surrogate pair. */
const lastChars = (text: string, length: number) =>
  text.slice(ceilToCodePoint(text, Math.max(0, text.length - length)));

/** Offsets are kept only when they span exactly the quote, counted in their own unit. */
function spansQuote(quote: QuoteTarget): boolean {
  if (quote.start === undefined || quote.end === undefined) return false;
  return (
    quote.end - quote.start ===
    (quote.unit === "utf16" ? quote.exact.length : codePointLength(quote.exact))
  );
}

function cleanSources(draft: Draft, warnings: string[]): ParsedAnnotation["sources"] {
  const sources: ParsedAnnotation["sources"] = [];
  for (const s of draft.sources) {
    const url = s.url.trim();
    if (!safeHttpUrl(url) || url.length > 2000)
      warnings.push(
        `source ${JSON.stringify(url.slice(0, 80))} skipped: only http and https addresses can be sources`,
      );
    else
      sources.push({
        url,
        title: firstChars(s.title.trim(), MAX_TITLE),
        quote: firstChars(s.quote.trim(), MAX_QUOTE),
        accessedAt: cleanDate(s.accessedAt),
      });
  }
  if (sources.length > MAX_SOURCES) {
    warnings.push(`only the first ${MAX_SOURCES} of ${sources.length} sources kept`);
    sources.length = MAX_SOURCES;
  }
  return sources;
}

/**
 * The checks every format shares: a quote to anchor to within the app's limits, a note within
 * its limit, sources that are http(s) (at most MAX_SOURCES), the status defaulting to unverified.
 * Context longer than the app keeps is cut (the part next to the quote stays); offsets that do
 * not span the quote are dropped (they are only a hint: the quote decides). Things repaired are
 * reported as warnings; things that cannot be repaired make the annotation an error, and so does
 * text that cannot be stored (a NUL or a lone surrogate anywhere in it).
 */
export function finish(draft: Draft, key: string | null = null): Outcome {
  const { quote } = draft;
  if (!quote)
    return { error: "no TextQuoteSelector: nothing to anchor to (a page note or a reply?)" };
  if (!storedText(draft, quote).every(isStorableText))
    return {
      error: "its text contains a character that cannot be stored (a NUL or a lone surrogate)",
    };
  if (!quote.exact.trim()) return { error: "the quoted text is empty" };
  if (quote.exact.length > MAX_EXACT)
    return { error: `the quoted text is longer than ${MAX_EXACT.toLocaleString("en")} characters` };
  if (draft.note.length > MAX_NOTE_CHARS)
    return { error: `the note is longer than ${MAX_NOTE_CHARS.toLocaleString("en")} characters` };
  const warnings = [...draft.warnings];
  const target: ParsedAnnotation["target"] = {
    exact: quote.exact,
    prefix: lastChars(quote.prefix, MAX_CONTEXT),
    suffix: firstChars(quote.suffix, MAX_CONTEXT),
  };
  if (spansQuote(quote))
    Object.assign(target, { start: quote.start, end: quote.end, unit: quote.unit ?? "codePoint" });
  const sources = cleanSources(draft, warnings);
  let status: AnnotationStatus = draft.status ?? "unverified";
  if (status === "sourced" && sources.length === 0) {
    warnings.push("marked sourced but has no usable source: imported as unverified");
    status = "unverified";
  }
  const { tags, dropped } = cleanTags(draft.tags);
  if (dropped) warnings.push(`only the first ${tags.length} tags kept (${dropped} more)`);
  return {
    ok: {
      status,
      note: draft.note,
      sources,
      target,
      creator: draft.creator,
      created: cleanDate(draft.created),
      modified: cleanDate(draft.modified),
      tags,
      reviewState: draft.reviewState,
      reviews: draft.reviews,
      settlement: draft.settlement,
      replies: [],
      textVersion: draft.textVersion,
    },
    key,
    warnings,
  };
}
