import { isStorableText } from "@/lib/validation/text";
import { MAX_REPLY_CHARS } from "@/lib/validation/constants";
import { cleanDate } from "@/lib/import/people";
import { personText, type Outcome } from "@/lib/import/common";
import type { ParsedPerson } from "@/lib/export/types";

/** A reply as a reader found it: its own key, what it answers (an annotation's or a reply's key), and its text (null: deleted). */
export type ReplyDraft = {
  key: string | null;
  target: string | null;
  body: string | null;
  creator: ParsedPerson | null;
  created: unknown;
  modified: unknown;
};

/**
 * The checks a reply gets before it is attached to the annotation it answers (which happens once
 * the whole file is read, since a reply may come before its annotation): something to answer, and
 * a text within the app's limit for replies, or none for a deleted one.
 */
export function finishReply(draft: ReplyDraft): Outcome {
  if (!draft.target) return { error: "a reply that names nothing it answers" };
  const body = draft.body?.trim() ?? null;
  if (![body ?? "", ...personText(draft.creator)].every(isStorableText))
    return {
      error: "its text contains a character that cannot be stored (a NUL or a lone surrogate)",
    };
  if (body !== null && body.length > MAX_REPLY_CHARS)
    return { error: `a reply longer than ${MAX_REPLY_CHARS.toLocaleString("en")} characters` };
  if (body === "") return { error: "a reply with no text" };
  return {
    reply: {
      key: draft.key,
      parentKey: null,
      body,
      creator: draft.creator,
      created: cleanDate(draft.created),
      modified: cleanDate(draft.modified),
    },
    target: draft.target,
    warnings: [],
  };
}
