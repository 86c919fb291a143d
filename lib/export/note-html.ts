import { isValidElement, type ReactNode } from "react";
import Markdown from "react-markdown";
import { NOTE_ALLOWED_ELEMENTS, NOTE_MARKDOWN_OPTIONS, noteUrlTransform, prepareNote } from "@/lib/markdown/note-markdown-options";
import { attr, escapeHtml } from "./html-escape";

/** The same elements as the app (components/reader/note-markdown.tsx); anything else is unwrapped to its text. */
const ALLOWED_SET = new Set(NOTE_ALLOWED_ELEMENTS);
const VOID = new Set(["br"]);

type Props = { children?: ReactNode; href?: unknown; title?: unknown; start?: unknown };

function attributes(tag: string, props: Props): string {
  if (tag === "a") {
    const href = typeof props.href === "string" ? noteUrlTransform(props.href) : "";
    const title = typeof props.title === "string" ? attr("title", props.title) : "";
    return (href ? attr("href", href) + ' rel="noopener noreferrer nofollow ugc"' : "") + title;
  }
  if (tag === "ol" && typeof props.start === "number" && Number.isInteger(props.start)) return attr("start", String(props.start));
  return "";
}

/** Marks where an element's closing tag goes on serialise's stack. */
class Close {
  constructor(readonly tag: string) {}
}

/**
 * Serialises react-markdown's element tree ourselves: only allow-listed tag names, only the
 * attributes above, every text escaped. (react-dom/server's renderToStaticMarkup would do it, but
 * Next refuses react-dom/server in the server-component graph that route handlers belong to.)
 * It walks with its own stack, so no tree is too deep for it.
 */
function serialise(root: ReactNode): string {
  const out: string[] = [];
  const stack: (ReactNode | Close)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node instanceof Close) {
      out.push(`</${node.tag}>`);
      continue;
    }
    if (node === null || node === undefined || typeof node === "boolean") continue;
    if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
      out.push(escapeHtml(String(node)));
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i] as ReactNode);
      continue;
    }
    if (!isValidElement<Props>(node)) continue;
    const tag = typeof node.type === "string" && ALLOWED_SET.has(node.type) ? node.type : null;
    if (tag) out.push(`<${tag}${attributes(tag, node.props)}>`);
    if (tag && VOID.has(tag)) continue;
    if (tag) stack.push(new Close(tag));
    stack.push(node.props.children);
  }
  return out.join("");
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
  if (isPlainText(markdown)) return plainParagraphs(markdown);
  const note = prepareNote(markdown);
  return note.kind === "plain" ? plainParagraphs(note.text) : renderWithReactMarkdown(note.text);
}

/**
 * The full pipeline, whatever the note looks like (exported so tests can check the shortcut agrees
 * with it). Its tree depth is bounded, but its cost only after prepareNote: renderNoteHtml does both.
 */
export function renderWithReactMarkdown(markdown: string): string {
  return serialise(Markdown({ ...NOTE_MARKDOWN_OPTIONS, children: markdown }));
}
