import { escapeHtml } from "@/lib/export/html-escape";
import type { Block, Inline } from "./blocks";

function inlineHtml(inline: Inline): string {
  let html = escapeHtml(inline.text);
  if (inline.em) html = `<em>${html}</em>`;
  if (inline.strong) html = `<strong>${html}</strong>`;
  if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
  return html;
}

const inlinesHtml = (inlines: readonly Inline[]) => inlines.map(inlineHtml).join("");

/**
 * Blocks as the small HTML that fromHtml reads back to the same blocks: what a preview hands the
 * client to edit and send back as `format: "html"`. Heading levels invert headingLevel (level 2
 * was an h1). Links are already absolute and checked (safeHref), and all text is escaped.
 */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
          return `<h${block.level - 1}>${inlinesHtml(block.inlines)}</h${block.level - 1}>`;
        case "paragraph":
          return `<p>${inlinesHtml(block.inlines)}</p>`;
        case "quote":
          return `<blockquote>${blocksToHtml(block.blocks)}</blockquote>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join("")}</${tag}>`;
        }
      }
    })
    .join("\n");
}
