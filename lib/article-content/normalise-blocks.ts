import type { Block, Inline } from "./blocks";

/** Only ASCII whitespace collapses: a no-break space is the author's choice (French punctuation, "10 km"), as in plain bodies today. */
const SPACE_RUN = /[ \t\n\r\f\v]+/g;

function withFormat(text: string, like: Inline): Inline {
  const inline: Inline = { text };
  if (like.href) inline.href = like.href;
  if (like.strong) inline.strong = true;
  if (like.em) inline.em = true;
  return inline;
}

const sameFormat = (a: Inline, b: Inline) =>
  a.href === b.href && a.strong === b.strong && a.em === b.em;

/**
 * The inlines of one text block as the canonical text holds them: whitespace runs become one
 * space, none at the start or end (across inline boundaries too), empty runs dropped and
 * neighbours with the same formatting merged. Idempotent.
 */
export function normaliseInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let afterSpace = true; // the block's start counts as a space, so leading whitespace goes
  for (const inline of inlines) {
    let text = inline.text.replace(SPACE_RUN, " ");
    if (afterSpace && text.startsWith(" ")) text = text.slice(1);
    if (!text) continue;
    afterSpace = text.endsWith(" ");
    const next = withFormat(text, inline);
    const last = out.at(-1);
    if (last && sameFormat(last, next)) last.text += text;
    else out.push(next);
  }
  const last = out.at(-1);
  if (last?.text.endsWith(" ")) {
    last.text = last.text.slice(0, -1);
    if (!last.text) out.pop();
  }
  return out;
}

/**
 * Blocks with normalised inlines and nothing empty: no text block without text, no quote, list
 * or list item without content. Idempotent. Recursive, so only for trees whose depth is bounded
 * (what the converters build and the schema accepts: MAX_CONTAINER_DEPTH).
 */
export function normaliseBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === "heading" || block.type === "paragraph") {
      const inlines = normaliseInlines(block.inlines);
      if (inlines.length)
        out.push(
          block.type === "heading"
            ? { type: "heading", level: block.level, inlines }
            : { type: "paragraph", inlines },
        );
    } else if (block.type === "quote") {
      const inner = normaliseBlocks(block.blocks);
      if (inner.length) out.push({ type: "quote", blocks: inner });
    } else {
      const items = block.items.map(normaliseBlocks).filter((item) => item.length > 0);
      if (items.length) out.push({ type: "list", ordered: block.ordered, items });
    }
  }
  return out;
}
