import Markdown from "react-markdown";
import type { ReactNode } from "react";
import { NOTE_MARKDOWN_OPTIONS, prepareNote } from "@/lib/markdown/note-markdown-options";
import { RecentMap } from "@/lib/recent-map";

const COMPONENTS = {
  a: ({ href, children }: { href?: string; children?: ReactNode }) => (
    <a href={href || undefined} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  ),
};

/**
 * Parsing is most of a card's render (on the server, a 30-card sidebar spent ~17 ms in it per
 * page view), and a note's rendering depends only on its text: readers of one article, and
 * re-renders of one card, reuse it. Bounded, so a long session or server keeps only recent notes.
 */
const rendered = new RecentMap<string, ReactNode>(500);

function renderMarkdown(text: string): ReactNode {
  let tree = rendered.get(text);
  if (tree === undefined) {
    // Markdown is a plain synchronous function of its options (no hooks), so its output can be kept.
    tree = Markdown({ ...NOTE_MARKDOWN_OPTIONS, components: COMPONENTS, children: text });
    rendered.set(text, tree);
  }
  return tree;
}

/**
 * Notes are untrusted Markdown. react-markdown builds React elements (no innerHTML); raw HTML is
 * shown as the literal text that was typed (never parsed), and URLs other than http(s)/mailto
 * are removed, so nothing in a note can run. prepareNote bounds what parsing it may cost: a note
 * past its budget is shown as plain text, line breaks kept.
 */
export function NoteMarkdown({ text }: { text: string }) {
  const note = prepareNote(text);
  return (
    <div className="prose-note space-y-2 text-sm leading-relaxed text-stone-800 [&_a]:text-blue-800 [&_a]:underline [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      {note.kind === "plain" ? (
        <p className="whitespace-pre-line">{note.text}</p>
      ) : (
        renderMarkdown(note.text)
      )}
    </div>
  );
}
