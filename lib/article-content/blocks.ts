/**
 * The structure an article keeps: headings, paragraphs, block quotes, lists and links, and no
 * more. Small and JSON-serialisable so it can be stored beside the canonical body and rendered
 * without HTML; lib/validation/article-content.ts bounds it.
 */

/** A run of text with one formatting. Only `true` flags are stored, so equal runs serialise equally. */
export type Inline = { text: string; href?: string; strong?: true; em?: true };

/** An HTML h1 becomes 2 (the page title is the h1), h2 becomes 3, anything deeper 4. */
export type HeadingLevel = 2 | 3 | 4;

type HeadingBlock = { type: "heading"; level: HeadingLevel; inlines: Inline[] };
type ParagraphBlock = { type: "paragraph"; inlines: Inline[] };
type QuoteBlock = { type: "quote"; blocks: Block[] };
/** Each item is a list of blocks, so an item can hold several paragraphs or a nested list. */
export type ListBlock = { type: "list"; ordered: boolean; items: Block[][] };

export type Block = HeadingBlock | ParagraphBlock | QuoteBlock | ListBlock;
/** Blocks that hold text: each is one paragraph of the canonical text. */
export type TextBlock = HeadingBlock | ParagraphBlock;

/** Quotes and lists nest at most this deep; converters flatten anything deeper into the deepest level. */
export const MAX_CONTAINER_DEPTH = 4;
