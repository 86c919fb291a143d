import { prepareNote } from "@/lib/markdown/note-markdown-options";

/**
 * Plain text (article text, titles, names, quotes) made inert for GitHub-flavoured Markdown:
 * nothing in it can open a link, image, footnote, HTML, code, emphasis, table cell or block.
 * Inline: \ ` * _ ~ [ ] > | $ are backslash-escaped everywhere, "(" after "]" too (so not even
 * the text "](" is left), & only where it would start an entity, and "<" is written "&lt;" (no
 * "<" at all survives, whatever the renderer thinks of backslashes). At a line start
 * (atLineStart, or after a newline) also headings, lists, quotes, setext underlines and thematic
 * breaks; leading blanks are dropped, since four of them would open code.
 * Newlines become hard breaks ("\" before the newline) so single line breaks survive.
 */
export function escapeMarkdownText(text: string, atLineStart = true): string {
  return text
    .split("\n")
    .map((line, i) => {
      const start = i > 0 || atLineStart;
      let out = (start ? line.replace(/^[ \t]+/, "") : line)
        .replace(/[\\`*_~[\]>|$]/g, "\\$&")
        .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
        .replace(/\\\]\(/g, "\\]\\(")
        .replace(/</g, "&lt;");
      if (start) out = out.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
      return out;
    })
    .join("\\\n");
}

/** For text inside a line we write (after "- Author: ", in link text…): whitespace collapsed, then escaped; never at a line start. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, " ").trim(), false);
}

const SAFE_DESTINATION = /^[ \t]*\n?[ \t]*(https?:\/\/|mailto:|#)/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Neutralises one line; see sanitiseNoteMarkdown. */
function sanitiseLine(line: string, rest: string): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === "\\" && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      out.push(next === "<" ? "&lt;" : c + next); // an escaped character is literal anyway; "<" is spelt out so no "<" survives at all
      i++;
    } else if (c === "<") out.push("&lt;");
    else if (c === "[" && next === "^")
      out.push("\\["); // a note must not reference or define the report's own footnotes
    else if (c === "!" && next === "[") out.push("\\!");
    else if (
      c === "]" &&
      (next === "(" || next === ":") &&
      !SAFE_DESTINATION.test(line.slice(i + 2) + "\n" + rest)
    )
      out.push("]\\");
    else out.push(c);
  }
  return out.join("");
}

/**
 * A note kept as Markdown but defused, failing closed: every "<" becomes "&lt;" (no raw HTML, no
 * <autolink>), "[^" is escaped (the report's footnotes are its own), "![" loses its image meaning
 * (no remote fetches), and a link or reference definition whose destination is not literally
 * http(s)://, mailto: or # gets a backslash before its "(" or ":" so it stays text (entity or
 * escape tricks such as javascript&#58; fail closed too). This applies inside code as well: we do
 * not re-implement a Markdown parser, and a renderer that disagrees with us about where code
 * starts (fences inside footnotes, say) must still find nothing live; the price is that "<" shows
 * as "&lt;" in a note's code. An unclosed fence is closed, so it cannot swallow the rest of the
 * report.
 */
export function sanitiseNoteMarkdown(note: string): string {
  const lines = note.replace(/\r\n?/g, "\n").split("\n");
  let fence: { char: string; length: number } | null = null;
  for (const line of lines) {
    const match = FENCE.exec(line);
    if (!match) continue;
    const [, run = "", info = ""] = match;
    if (fence && run[0] === fence.char && run.length >= fence.length && info.trim() === "")
      fence = null;
    // A backtick fence's info string may not contain a backtick (CommonMark); otherwise it is no fence.
    else if (!fence && !(run[0] === "`" && info.includes("`")))
      fence = { char: run[0]!, length: run.length };
  }
  const out = lines.map((line, i) => sanitiseLine(line, lines[i + 1] ?? ""));
  if (fence) out.push(fence.char.repeat(fence.length));
  return out.join("\n");
}

/**
 * A note or reply for the Markdown report: as the app shows it, so a note past the Markdown
 * budget is plain (escaped) text there too, and no line nests deeper than the app allows.
 */
export function defuseNoteMarkdown(note: string): string {
  const prepared = prepareNote(note);
  return prepared.kind === "plain"
    ? escapeMarkdownText(prepared.text)
    : sanitiseNoteMarkdown(prepared.text);
}
