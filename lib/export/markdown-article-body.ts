import { safeHref } from "@/lib/article-content/safe-href";
import type { LayoutBlock, RunInline } from "@/lib/article-content/reading-layout";
import { escapeMarkdownText } from "./markdown-escape";
import { inlineParts, type ReportBody } from "./report-body";
import type { Piece } from "./segments";

/** A footnote reference per span ending here; text escaped so it can open nothing. A trailing "!" would turn a following "[^n]" into an image. */
function renderPieces(pieces: readonly Piece[], atLineStart: boolean): string {
  const out: string[] = [];
  let start = atLineStart;
  for (const piece of pieces) {
    if (piece.kind === "markers") out.push(piece.numbers.map((n) => `[^${n}]`).join(""));
    else out.push(escapeMarkdownText(piece.text, start).replace(/!$/, "\\!"));
    start = piece.kind === "text" && piece.text.endsWith("\n");
  }
  return out.join("");
}

/** Percent-encodes what could end or confuse a link destination. */
const destination = (href: string) =>
  href.replace(
    /[()<>[\]\s"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );

/** Emphasis markers only bind to text that does not start or end with a blank, so the blanks go outside them. */
function emphasise(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}

function renderInlines(inlines: readonly RunInline[], body: ReportBody): string {
  let atLineStart = true;
  return inlines
    .map((inline) => {
      const href = inline.href ? safeHref(inline.href) : null;
      const out = inlineParts(inline, body.runs)
        .map((part) => {
          const pieces = part.kind === "markers" ? [part.piece] : part.pieces;
          let text = renderPieces(pieces, atLineStart);
          const last = pieces[pieces.length - 1];
          atLineStart = last?.kind === "text" && last.text.endsWith("\n");
          if (part.kind === "markers") return text;
          if (inline.em) text = emphasise(text, "*");
          if (inline.strong) text = emphasise(text, "**");
          return href && text ? `[${text}](${destination(href)})` : text;
        })
        .join("");
      return out;
    })
    .join("");
}

const prefixLines = (text: string, first: string, rest: string) =>
  text
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line)
    .map((line) => line.trimEnd())
    .join("\n");

// Containers nest at most MAX_CONTAINER_DEPTH deep (validated on input), so this recursion is shallow.
function renderBlock(block: LayoutBlock, body: ReportBody): string {
  switch (block.type) {
    case "heading":
      // Headings are one line: a hard break inside one would end it.
      return `${"#".repeat(block.level + 1)} ${renderInlines(block.inlines, body).replace(/\\\n/g, " ")}`;
    case "paragraph":
      return renderInlines(block.inlines, body);
    case "quote":
      return prefixLines(renderBlocks(block.blocks, body), "> ", "> ");
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : "- ";
          return prefixLines(renderBlocks(item, body), marker, " ".repeat(marker.length));
        })
        .join("\n");
  }
}

const renderBlocks = (blocks: readonly LayoutBlock[], body: ReportBody) =>
  blocks.map((block) => renderBlock(block, body)).join("\n\n");

/** The article text of the Markdown report, one string per top-level block (the report joins them with blank lines). */
export function renderArticleBodyMarkdown(body: ReportBody): string[] {
  if (!body.blocks) return body.runs.map((pieces) => renderPieces(pieces, true));
  return body.blocks.map((block) => renderBlock(block, body));
}
