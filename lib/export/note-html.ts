import { prepareNote } from "@/lib/markdown/note-markdown-options";
import { escapeHtml } from "./html-escape";
import { noteMarkdownToHtml } from "./note-markdown-html";

/**
 * True when nothing in the note can be Markdown syntax (no punctuation Markdown uses, no indent,
 * no line that could start a list, quote, heading or setext underline, no hard-break spaces),
 * so it renders to paragraphs of its text. Most notes are like this: skipping the parser keeps
 * a report of thousands of annotations fast.
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
 * typed, links are http(s)/mailto/# only, and the output can only contain the tags the app allows.
 * Its cost is bounded by prepareNote, its tree depth by the pipeline (note-markdown-html.ts).
 */
export function renderNoteHtml(markdown: string): string {
  if (!markdown.trim()) return "";
  if (isPlainText(markdown)) return plainParagraphs(markdown);
  const note = prepareNote(markdown);
  return note.kind === "plain" ? plainParagraphs(note.text) : noteMarkdownToHtml(note.text);
}
