import type { SnippetPart } from "@/lib/text/search-snippet";

/** The words around a match, matched words marked. Text nodes only: the snippet is article text, never markup. */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-2 text-sm leading-relaxed text-stone-700">
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 font-medium text-stone-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
