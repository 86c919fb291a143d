import type { ClipboardEvent, RefObject } from "react";
import type { ContentFormat } from "@/lib/article-content/formats";

/** Copied web pages carry markup worth keeping; a bare text/html wrapper around plain text does not. */
export const hasStructure = (html: string) =>
  /<(p|h[1-6]|a|ul|ol|li|blockquote|br|div)\b/i.test(html);

const FORMAT_LABEL: Record<ContentFormat, string> = {
  text: "Plain text",
  markdown: "Markdown",
  html: "HTML",
};

/** The article's text as typed or converted, and the format it is read in. */
export function ArticleTextField({
  textRef,
  format,
  onFormat,
  content,
  onContent,
  onPaste,
  loading,
  errors,
}: {
  textRef: RefObject<HTMLTextAreaElement | null>;
  format: ContentFormat;
  onFormat: (format: ContentFormat) => void;
  content: string;
  onContent: (content: string) => void;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  loading: boolean;
  errors: string[] | undefined;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <label htmlFor="article-content" className="block text-sm font-medium text-stone-800">
          Article text
        </label>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          Format
          <select
            value={format}
            onChange={(event) => onFormat(event.target.value as ContentFormat)}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
          >
            {(Object.keys(FORMAT_LABEL) as ContentFormat[]).map((value) => (
              <option key={value} value={value}>
                {FORMAT_LABEL[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        id="article-content"
        ref={textRef}
        value={content}
        onChange={(event) => onContent(event.target.value)}
        onPaste={onPaste}
        // While a pasted page is converted its Markdown will replace the text: typing meanwhile would be lost.
        readOnly={loading}
        aria-busy={loading || undefined}
        rows={16}
        spellCheck={false}
        aria-invalid={errors ? true : undefined}
        aria-describedby="article-content-hint article-content-error"
        placeholder="Paste the article here. Copied from a web page, it keeps its headings, quotes, lists and links."
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm leading-relaxed text-stone-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid]:border-red-700"
      />
      <p id="article-content-hint" className="text-xs text-stone-600">
        Plain text: paragraphs are separated by a blank line. Markdown: # headings, &gt; quotes, -
        lists, [text](address) links.
      </p>
      <p id="article-content-error" className="text-sm text-red-800">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
