import type { Paragraph } from "@/lib/text/paragraphs";
import type { LayoutBlock, ReadingLayout, RunInline } from "./reading-layout";
import { safeHref } from "./safe-href";

/**
 * The article text as the reading page shows it, as one HTML string. A long article is thousands
 * of paragraphs: as React elements they cost a long hydration, as one string set with
 * dangerouslySetInnerHTML React adopts the server's DOM without walking it, and the text nodes
 * (which the highlight ranges point into) stay the ones the HTML parser made.
 *
 * Every text and attribute value is escaped here, whatever it is; links go through safeHref again
 * (stored blocks were checked when saved, but this is the last place before the page).
 *
 * The innermost element of every run carries `data-paragraph` (the run's index) and holds exactly
 * one text node, as the highlight painter and the selection code expect. The blocks are grouped in
 * chunks of about CHUNK_CHARS characters with `content-visibility: auto`, so the browser lays out
 * only the chunks near the viewport; each chunk's `contain-intrinsic-size` is an estimate of its
 * height until it has been rendered once (the `auto` keyword then keeps its real size).
 */
const CHUNK_CHARS = 6_000;
/** The reading column is 68ch of the serif font: about 75 characters a line. */
const CHARS_PER_LINE = 75;
/** 1.125rem at line-height 1.75, and the mb-5 between paragraphs, in CSS pixels. */
const LINE_PX = 31.5;
const PARAGRAPH_GAP_PX = 20;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\r": "&#13;",
};
const TEXT_SPECIAL = /[&<>\r]/;
/**
 * Text between tags (never inside a raw-text element: none is made here) needs only &, < and >;
 * a carriage return is escaped too, as the HTML parser would turn it into a newline and shift
 * every offset after it. Most paragraphs hold none of these: testing first spares them the
 * replacement (the client builds this string again when it hydrates: megabytes for a long article).
 */
const escapeText = (value: string): string =>
  TEXT_SPECIAL.test(value) ? value.replace(/[&<>\r]/g, (c) => ESCAPES[c]!) : value;
/** Attribute values are always double-quoted, and quotes of both kinds are escaped all the same. */
const escapeAttribute = (value: string): string => value.replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!);

const attr = (name: string, value: string | number) =>
  ` ${name}="${escapeAttribute(String(value))}"`;

const HEADING_CLASS = "mb-4 mt-8 font-sans font-semibold leading-snug text-stone-900";
const HEADING_SIZE = { 2: "text-2xl", 3: "text-xl", 4: "text-lg" } as const;
const LINK_CLASS =
  "text-blue-800 underline decoration-blue-800/40 underline-offset-2 hover:decoration-blue-800";
const CHUNK_CLASS = "[content-visibility:auto]";

function inlineHtml(inline: RunInline, runs: readonly Paragraph[]): string {
  const text = escapeText(runs[inline.run]?.text ?? "");
  const leaf = attr("data-paragraph", inline.run);
  const href = inline.href ? safeHref(inline.href) : null;
  // Built inside out: the text sits in the innermost element, which carries the run index.
  let html: string | null = null;
  if (inline.em) html = `<em${leaf}>${text}</em>`;
  if (inline.strong) html = html ? `<strong>${html}</strong>` : `<strong${leaf}>${text}</strong>`;
  if (href)
    html = `<a${attr("href", href)}${attr("target", "_blank")}${attr("rel", "noopener noreferrer nofollow")}${attr("class", LINK_CLASS)}${html ? "" : leaf}>${html ?? text}</a>`;
  return html ?? `<span${leaf}>${text}</span>`;
}

function blockHtml(block: LayoutBlock, runs: readonly Paragraph[]): string {
  const inlines = (list: readonly RunInline[]) =>
    list.map((inline) => inlineHtml(inline, runs)).join("");
  switch (block.type) {
    case "heading":
      return `<h${block.level}${attr("class", `${HEADING_CLASS} ${HEADING_SIZE[block.level]}`)}>${inlines(block.inlines)}</h${block.level}>`;
    case "paragraph":
      return `<p${attr("class", "mb-5")}>${inlines(block.inlines)}</p>`;
    case "quote":
      return `<blockquote${attr("class", "mb-5 border-l-4 border-stone-300 pl-5 text-stone-700")}>${block.blocks.map((b) => blockHtml(b, runs)).join("")}</blockquote>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map(
        (item) =>
          `<li${attr("class", "mb-2 pl-1 [&>*:last-child]:mb-0")}>${item.map((b) => blockHtml(b, runs)).join("")}</li>`,
      );
      return `<${tag}${attr("class", `mb-5 pl-7 ${block.ordered ? "list-decimal" : "list-disc"}`)}>${items.join("")}</${tag}>`;
    }
  }
}

/** Characters and estimated height (px) of a block: a text block's inlines flow on the same lines. */
function measure(block: LayoutBlock, runs: readonly Paragraph[]): { chars: number; px: number } {
  if (block.type === "quote" || block.type === "list") {
    const children = block.type === "quote" ? block.blocks : block.items.flat();
    return children
      .map((child) => measure(child, runs))
      .reduce((sum, m) => ({ chars: sum.chars + m.chars, px: sum.px + m.px + PARAGRAPH_GAP_PX }), {
        chars: 0,
        px: 0,
      });
  }
  const chars = block.inlines.reduce(
    (sum, inline) => sum + (runs[inline.run]?.text.length ?? 0),
    0,
  );
  return { chars, px: linesOf(chars) * LINE_PX };
}

const linesOf = (chars: number) => Math.max(1, Math.ceil(chars / CHARS_PER_LINE));

type Piece = { html: string; chars: number; px: number };

function chunked(pieces: readonly Piece[]): string {
  const out: string[] = [];
  let open: Piece[] = [];
  let chars = 0;
  const close = () => {
    if (open.length === 0) return;
    const px = Math.round(open.reduce((sum, p) => sum + p.px + PARAGRAPH_GAP_PX, 0));
    out.push(
      `<div${attr("class", CHUNK_CLASS)}${attr("style", `contain-intrinsic-size:auto ${px}px`)}>${open.map((p) => p.html).join("")}</div>`,
    );
    open = [];
    chars = 0;
  };
  for (const piece of pieces) {
    open.push(piece);
    chars += piece.chars;
    if (chars >= CHUNK_CHARS) close();
  }
  close();
  return out.join("");
}

export function readerHtml({ runs, blocks }: ReadingLayout): string {
  if (!blocks) {
    return chunked(
      runs.map((run, i) => ({
        html: `<p${attr("data-paragraph", i)}${attr("class", "mb-5 whitespace-pre-line")}>${escapeText(run.text)}</p>`,
        chars: run.text.length,
        px: linesOf(run.text.length) * LINE_PX,
      })),
    );
  }
  return chunked(
    blocks.map((block) => ({ html: blockHtml(block, runs), ...measure(block, runs) })),
  );
}
