import { isValidElement, type ReactNode } from "react";
import Markdown, { defaultUrlTransform } from "react-markdown";
import { attr, escapeHtml } from "./html-escape";

/** The same elements as components/reader/note-markdown.tsx; anything else is unwrapped to its text. */
const ALLOWED = ["p", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote", "br", "del", "h3", "h4"];
const ALLOWED_SET = new Set(ALLOWED);
const VOID = new Set(["br"]);

/** Like the app: http(s), mailto and in-page links survive, every other URL becomes empty (and then no href). */
function urlTransform(url: string): string {
  const safe = defaultUrlTransform(url);
  return /^(https?:|mailto:|#)/i.test(safe) ? safe : "";
}

type Props = { children?: ReactNode; href?: unknown; title?: unknown; start?: unknown };

function attributes(tag: string, props: Props): string {
  if (tag === "a") {
    const href = typeof props.href === "string" ? urlTransform(props.href) : "";
    const title = typeof props.title === "string" ? attr("title", props.title) : "";
    return (href ? attr("href", href) + ' rel="noopener noreferrer nofollow ugc"' : "") + title;
  }
  if (tag === "ol" && typeof props.start === "number" && Number.isInteger(props.start)) return attr("start", String(props.start));
  return "";
}

/**
 * Serialises react-markdown's element tree ourselves: only allow-listed tag names, only the
 * attributes above, every text escaped. (react-dom/server's renderToStaticMarkup would do it, but
 * Next refuses react-dom/server in the server-component graph that route handlers belong to.)
 */
function serialise(node: ReactNode, out: string[]): void {
  if (node === null || node === undefined || typeof node === "boolean") return;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    out.push(escapeHtml(String(node)));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) serialise(child as ReactNode, out);
    return;
  }
  if (!isValidElement<Props>(node)) return;
  const tag = typeof node.type === "string" && ALLOWED_SET.has(node.type) ? node.type : null;
  if (tag) out.push(`<${tag}${attributes(tag, node.props)}>`);
  if (tag && VOID.has(tag)) return;
  serialise(node.props.children, out);
  if (tag) out.push(`</${tag}>`);
}

/**
 * True when nothing in the note can be Markdown syntax (no punctuation Markdown uses, no indent,
 * no line that could start a list, quote, heading or setext underline, no hard-break spaces),
 * so it renders to paragraphs of its text. Most notes are like this, and react-markdown builds a
 * whole unified pipeline per call: skipping it keeps a thousand-annotation report fast.
 */
function isPlainText(text: string): boolean {
  return !/[\\`*_[\]<>!#~&|\t\r]|^[ \-+=>]|^\d+[.)]|\n[ \-+=>]|\n\d+[.)]| \n| $|^\n|\n$/.test(text);
}

/** What CommonMark makes of plain text: paragraphs at blank lines, single newlines kept as soft breaks. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
}

/**
 * A note (untrusted Markdown) as an HTML fragment: raw HTML in it is shown as the text that was
 * typed (react-markdown turns raw nodes into text), links are http(s)/mailto/# only, and the
 * output can only contain the tags in ALLOWED.
 */
export function renderNoteHtml(markdown: string): string {
  if (!markdown.trim()) return "";
  return isPlainText(markdown) ? plainParagraphs(markdown) : renderWithReactMarkdown(markdown);
}

/** The full pipeline, whatever the note looks like (exported so tests can check the shortcut agrees with it). */
export function renderWithReactMarkdown(markdown: string): string {
  const tree = Markdown({ children: markdown, allowedElements: ALLOWED, unwrapDisallowed: true, urlTransform });
  const out: string[] = [];
  serialise(tree, out);
  return out.join("");
}
