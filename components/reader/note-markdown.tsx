import ReactMarkdown from "react-markdown";
import { NOTE_MARKDOWN_OPTIONS, prepareNote } from "@/lib/markdown/note-markdown-options";

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
        <ReactMarkdown
          {...NOTE_MARKDOWN_OPTIONS}
          components={{
            a: ({ href, children }) => (
              <a href={href || undefined} target="_blank" rel="noopener noreferrer nofollow ugc">
                {children}
              </a>
            ),
          }}
        >
          {note.text}
        </ReactMarkdown>
      )}
    </div>
  );
}
