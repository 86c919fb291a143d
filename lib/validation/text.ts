import { z } from "zod";

const LONE_SURROGATE = /\p{Cs}/u; // with the u flag a well-formed pair is one code point, so only a lone half matches

/**
 * False for text that cannot be stored faithfully: U+0000, which PostgreSQL refuses in text, and a
 * UTF-16 surrogate without its partner (it survives JSON.parse as "\ud800", but it is not a
 * character: the query engine refuses it and UTF-8 cannot hold it). Emoji and other pairs are fine.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

export const UNSTORABLE_TEXT_MESSAGE =
  "Contains a character that cannot be stored (a NUL or a lone surrogate): remove it";

/** Every string a user sends goes through this: z.string() plus the check above (chain trim, max… after it). */
export const textSchema = () =>
  z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE });
