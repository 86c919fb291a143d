import ReactMarkdown, { defaultUrlTransform } from "react-markdown";

const ALLOWED = ["p", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote", "br", "del", "h3", "h4"];

/**
 * Notes are untrusted Markdown. react-markdown builds React elements (no innerHTML); raw HTML is
 * shown as the literal text that was typed (never parsed), and URLs other than http(s)/mailto
 * are removed, so nothing in a note can run.
 */
export function NoteMarkdown({ text }: { text: string }) {
  return (
    <div className="prose-note space-y-2 text-sm leading-relaxed text-stone-800 [&_a]:text-blue-800 [&_a]:underline [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={(url) => {
          const safe = defaultUrlTransform(url);
          return /^(https?:|mailto:|#)/i.test(safe) ? safe : "";
        }}
        components={{
          a: ({ href, children }) => (
            <a href={href || undefined} target="_blank" rel="noopener noreferrer nofollow ugc">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
