import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { MAX_CANONICAL_TEXT_CHARS, tooLarge } from "./limits";

/** Throws when the blocks' canonical text would not fit an article body. */
export function checkResultSize(blocks: Block[]): Block[] {
  if (toCanonicalText(blocks).text.length > MAX_CANONICAL_TEXT_CHARS)
    throw tooLarge("article text", MAX_CANONICAL_TEXT_CHARS);
  return blocks;
}
