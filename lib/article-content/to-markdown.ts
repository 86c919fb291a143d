import { escapeMarkdownText } from "@/lib/export/markdown-escape";
import type { Block, Inline } from "./blocks";

/** In angle brackets a destination may hold parentheses as they are; URL.href has no raw blanks or brackets, but they are escaped anyway. */
const destination = (href: string) =>
  `<${href.replace(/[<>\\\s]/g, (c) => (/\s/.test(c) ? encodeURIComponent(c) : `\\${c}`))}>`;

/** Emphasis only binds to text that does not start or end with a blank, so the blanks go outside the markers. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}

/** Neighbouring inlines with the same link are written as one link, so "[a **b**](x)" stays one link. */
function inlinesToMarkdown(inlines: readonly Inline[]): string {
  let out = "";
  for (let i = 0; i < inlines.length;) {
    const href = inlines[i]!.href;
    let j = i;
    let text = "";
    while (j < inlines.length && inlines[j]!.href === href) {
      const inline = inlines[j]!;
      let piece = escapeMarkdownText(inline.text, out === "" && text === "");
      if (inline.em) piece = wrap(piece, "_");
      if (inline.strong) piece = wrap(piece, "**");
      text += piece;
      j++;
    }
    out += href ? `[${text}](${destination(href)})` : text;
    i = j;
  }
  return out;
}

const prefixLines = (text: string, first: string, rest: string) =>
  text
    .split("\n")
    .map((line, i) => ((i === 0 ? first : rest) + line).trimEnd())
    .join("\n");

// Containers nest at most MAX_CONTAINER_DEPTH deep, so this recursion is shallow.
function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let lastList = null as { ordered: boolean; alternate: boolean } | null;
  for (const block of blocks) {
    if (block.type === "heading")
      out.push(`${"#".repeat(block.level - 1)} ${inlinesToMarkdown(block.inlines)}`);
    else if (block.type === "paragraph") out.push(inlinesToMarkdown(block.inlines));
    else if (block.type === "quote")
      out.push(prefixLines(blocksToMarkdown(block.blocks), "> ", "> "));
    else {
      // Two lists in a row with the same marker would be read back as one list.
      const alternate: boolean = lastList?.ordered === block.ordered ? !lastList.alternate : false;
      const items = block.items.map((item, i) => {
        const marker = block.ordered
          ? `${i + 1}${alternate ? ")" : "."} `
          : alternate
            ? "* "
            : "- ";
        return prefixLines(blocksToMarkdown(item), marker, " ".repeat(marker.length));
      });
      out.push(items.join("\n"));
      lastList = { ordered: block.ordered, alternate };
      continue;
    }
    lastList = null;
  }
  return out.join("\n\n");
}

/**
 * An article's blocks as CommonMark that lib/article-content/from-markdown reads back to the same
 * blocks: the editable form of an extracted or pasted page. Text is escaped so nothing in it
 * becomes markup.
 */
export function toMarkdown(blocks: readonly Block[]): string {
  return blocksToMarkdown(blocks);
}
