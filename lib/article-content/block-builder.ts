import {
  MAX_CONTAINER_DEPTH,
  type Block,
  type HeadingLevel,
  type Inline,
  type ListBlock,
} from "./blocks";
import { MAX_CANONICAL_TEXT_CHARS, tooLarge } from "./limits";
import { normaliseBlocks, normaliseInlines } from "./normalise-blocks";

type Container = { kind: "blocks"; blocks: Block[] } | { kind: "list"; list: ListBlock };

/**
 * Builds blocks from a stream of open, text and close events, so the HTML and Markdown walks
 * stay flat loops whatever the input's depth. Quotes and lists deeper than MAX_CONTAINER_DEPTH
 * are not opened: their content joins the deepest open container. A block start ends the text
 * block before it, so a paragraph inside a paragraph (bad HTML) just becomes the next paragraph.
 */
export class BlockBuilder {
  private readonly root: Block[] = [];
  private readonly containers: Container[] = [{ kind: "blocks", blocks: this.root }];
  /** One entry per openQuote/openList call: whether it really opened a container. */
  private readonly opened: boolean[] = [];
  private readonly links: (string | null)[] = [];
  private inlines: Inline[] = [];
  private heading: HeadingLevel | null = null;
  private strong = 0;
  private em = 0;
  private chars = 0;

  text(value: string): void {
    if (!value) return;
    // Raw text, before whitespace collapses: an early stop for huge inputs, the exact check is on the result.
    this.chars += value.length;
    if (this.chars > 4 * MAX_CANONICAL_TEXT_CHARS)
      throw tooLarge("article text", MAX_CANONICAL_TEXT_CHARS);
    const inline: Inline = { text: value };
    const href = this.links.at(-1);
    if (href) inline.href = href;
    if (this.strong > 0) inline.strong = true;
    if (this.em > 0) inline.em = true;
    this.inlines.push(inline);
  }

  strongStart(): void {
    this.strong++;
  }

  strongEnd(): void {
    this.strong = Math.max(0, this.strong - 1);
  }

  emStart(): void {
    this.em++;
  }

  emEnd(): void {
    this.em = Math.max(0, this.em - 1);
  }

  /** A link with an unsafe or missing href still opens, so its close pairs up; its text stays plain. */
  linkStart(href: string | null): void {
    this.links.push(href);
  }

  linkEnd(): void {
    this.links.pop();
  }

  blockStart(level: HeadingLevel | null = null): void {
    this.blockEnd();
    this.heading = level;
  }

  blockEnd(): void {
    const inlines = normaliseInlines(this.inlines);
    this.inlines = [];
    if (inlines.length)
      this.target().push(
        this.heading
          ? { type: "heading", level: this.heading, inlines }
          : { type: "paragraph", inlines },
      );
    this.heading = null;
  }

  quoteStart(): void {
    this.containerStart(() => {
      const quote: Block = { type: "quote", blocks: [] };
      this.target().push(quote);
      return { kind: "blocks", blocks: quote.blocks };
    });
  }

  listStart(ordered: boolean): void {
    this.containerStart(() => {
      const list: ListBlock = { type: "list", ordered, items: [] };
      this.target().push(list);
      return { kind: "list", list };
    });
  }

  /** Outside a list (an `li` in a flattened or missing list) an item is just a block boundary. */
  itemStart(): void {
    this.blockEnd();
    const top = this.containers.at(-1)!;
    if (top.kind === "list") top.list.items.push([]);
  }

  containerEnd(): void {
    this.blockEnd();
    if (this.opened.pop() && this.containers.length > 1) this.containers.pop();
  }

  finish(): Block[] {
    this.blockEnd();
    return normaliseBlocks(this.root);
  }

  private containerStart(open: () => Container): void {
    this.blockEnd();
    const fits = this.containers.length - 1 < MAX_CONTAINER_DEPTH;
    if (fits) this.containers.push(open());
    this.opened.push(fits);
  }

  /** Where the next block goes: the open quote or root, or the open list's last item (text straight inside a list starts one). */
  private target(): Block[] {
    const top = this.containers.at(-1)!;
    if (top.kind === "blocks") return top.blocks;
    if (!top.list.items.length) top.list.items.push([]);
    return top.list.items.at(-1)!;
  }
}
