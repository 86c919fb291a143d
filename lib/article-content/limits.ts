import { AppError } from "@/lib/errors";

/** HTML pages carry markup, scripts and styles around the text: 10 million UTF-16 code units is a very large page. */
export const MAX_HTML_CHARS = 10_000_000;
/** Plain text is nearly all text, but Windows line ends and runs of spaces collapse: room for twice the longest body. */
export const MAX_TEXT_INPUT_CHARS = 4_000_000;
/** micromark parses about 200 kB a second here (measured, realistic Markdown): 1 million characters is seconds, not minutes. */
export const MAX_MARKDOWN_INPUT_CHARS = 1_000_000;
/** The longest article body, in UTF-16 code units: 2 MB of text, about 300,000 words (the reader stays fast at that size, see README "Performance"). */
export const MAX_ARTICLE_BODY_CHARS = 2_000_000;
/** The canonical text must fit the article body. */
export const MAX_CANONICAL_TEXT_CHARS = MAX_ARTICLE_BODY_CHARS;

export function tooLarge(what: string, limit: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The ${what} is too large (at most ${limit.toLocaleString("en")} characters)`,
    { limit },
  );
}

export function assertInputSize(input: string, what: string, limit: number): void {
  if (input.length > limit) throw tooLarge(what, limit);
}

export function noReadableText(): AppError {
  return new AppError("VALIDATION", "No readable article text was found on this page", {
    reason: "no_readable_text",
  });
}

export function noEmptyText(): AppError {
  return new AppError("VALIDATION", "The article text is empty", { reason: "empty_text" });
}
