import { safeHref } from "@/lib/article-content/safe-href";
import type { LayoutBlock, RunInline } from "@/lib/article-content/reading-layout";
import { attr } from "./html-escape";
import { inlineParts, type ReportBody } from "./report-body";
import type { Piece } from "./segments";

type RenderPiece = (piece: Piece) => string;

const LINK_REL = ' target="_blank" rel="noopener noreferrer nofollow"';

/** The article text of the HTML report: paragraphs, or the article's headings, quotes, lists and links; pieces are rendered (and escaped) by `piece`. */
export function renderArticleBodyHtml(body: ReportBody, piece: RenderPiece): string {
  if (!body.blocks)
    return body.runs.map((pieces) => `<p>${pieces.map(piece).join("")}</p>`).join("\n");
  return body.blocks.map((block) => renderBlock(block, body, piece)).join("\n");
}

// Containers nest at most MAX_CONTAINER_DEPTH deep (validated on input), so this recursion is shallow.
function renderBlock(block: LayoutBlock, body: ReportBody, piece: RenderPiece): string {
  switch (block.type) {
    case "heading": {
      // The report's own sections are h2, so the article's headings sit one level below them.
      const tag = `h${block.level + 1}`;
      return `<${tag} class="article-heading">${renderInlines(block.inlines, body, piece)}</${tag}>`;
    }
    case "paragraph":
      return `<p>${renderInlines(block.inlines, body, piece)}</p>`;
    case "quote":
      return `<blockquote>${block.blocks.map((child) => renderBlock(child, body, piece)).join("")}</blockquote>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map(
        (item) => `<li>${item.map((child) => renderBlock(child, body, piece)).join("")}</li>`,
      );
      return `<${tag}>${items.join("")}</${tag}>`;
    }
  }
}

function renderInlines(
  inlines: readonly RunInline[],
  body: ReportBody,
  piece: RenderPiece,
): string {
  return inlines
    .map((inline) => {
      const href = inline.href ? safeHref(inline.href) : null;
      return inlineParts(inline, body.runs)
        .map((part) => {
          if (part.kind === "markers") return piece(part.piece);
          let html = part.pieces.map(piece).join("");
          if (inline.em) html = `<em>${html}</em>`;
          if (inline.strong) html = `<strong>${html}</strong>`;
          if (href) html = `<a${attr("href", href)}${LINK_REL}>${html}</a>`;
          return html;
        })
        .join("");
    })
    .join("");
}
