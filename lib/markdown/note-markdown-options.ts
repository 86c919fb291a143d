import { defaultUrlTransform, type Options } from "react-markdown";
import { boundNesting } from "./bound-nesting";
import { remarkBoundTreeDepth } from "./bound-tree-depth";
import { MAX_MARKDOWN_COST, markdownCost } from "./markdown-budget";

/** What a note may render to, in the app and in the HTML report; anything else is unwrapped to its text. */
export const NOTE_ALLOWED_ELEMENTS = [
  "p",
  "em",
  "strong",
  "a",
  "ul",
  "ol",
  "li",
  "code",
  "pre",
  "blockquote",
  "br",
  "del",
  "h3",
  "h4",
];

/** http(s), mailto and in-page links survive; every other URL becomes empty (and then no href). */
export function noteUrlTransform(url: string): string {
  const safe = defaultUrlTransform(url);
  return /^(https?:|mailto:|#)/i.test(safe) ? safe : "";
}

/** The react-markdown options every note render uses (children aside). */
export const NOTE_MARKDOWN_OPTIONS = {
  allowedElements: NOTE_ALLOWED_ELEMENTS,
  unwrapDisallowed: true,
  urlTransform: noteUrlTransform,
  remarkPlugins: [remarkBoundTreeDepth],
} satisfies Options;

export type PreparedNote = { kind: "markdown"; text: string } | { kind: "plain"; text: string };

/**
 * Every rendering of user Markdown (notes, replies) goes through here first, so its cost is
 * bounded: past MAX_MARKDOWN_COST the text is shown plain, otherwise block nesting is capped.
 */
export function prepareNote(text: string): PreparedNote {
  if (markdownCost(text) > MAX_MARKDOWN_COST) return { kind: "plain", text };
  return { kind: "markdown", text: boundNesting(text) };
}
