"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from "react";
import { fieldErrorsOf } from "@/lib/http/api-client";
import { Button, Field } from "@/components/ui/form-controls";
import type { ContentFormat } from "@/lib/article-content/formats";
import { createArticleRequest, previewContentRequest, previewUrlRequest } from "./article-api";
import type { ArticlePreview } from "@/lib/contracts/article";
import { ArticlePreviewPanel, DuplicateNotice } from "./article-preview-panel";
import { FileDrop } from "./file-drop";
import { readArticleFile } from "./read-article-file";
import { SourceTabs } from "./source-tabs";

type Details = { title: string; author: string; outlet: string; url: string; publishedAt: string };
const EMPTY_DETAILS: Details = { title: "", author: "", outlet: "", url: "", publishedAt: "" };
const FORMAT_LABEL: Record<ContentFormat, string> = {
  text: "Plain text",
  markdown: "Markdown",
  html: "HTML",
};
const PREVIEW_DELAY_MS = 400;

/** Copied web pages carry markup worth keeping; a bare text/html wrapper around plain text does not. */
const hasStructure = (html: string) => /<(p|h[1-6]|a|ul|ol|li|blockquote|br|div)\b/i.test(html);

/** Suggested details fill only what the user has left empty: a fetch never overwrites their edits. */
function suggest(details: Details, preview: ArticlePreview): Details {
  const pick = (mine: string, theirs: string | null) => mine || theirs || "";
  return {
    title: pick(details.title, preview.title),
    author: pick(details.author, preview.author),
    outlet: pick(details.outlet, preview.outlet),
    url: pick(details.url, preview.url),
    publishedAt: pick(details.publishedAt, preview.publishedAt?.slice(0, 10) ?? null),
  };
}

export function NewArticleForm() {
  const router = useRouter();
  const [tab, setTab] = useState("paste");
  const [format, setFormat] = useState<ContentFormat>("text");
  const [content, setContent] = useState("");
  const [details, setDetails] = useState<Details>(EMPTY_DETAILS);
  const [fetchId, setFetchId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "loading" | "saving">(null);
  const [focusText, setFocusText] = useState(0);
  useEffect(() => {
    if (focusText) textRef.current?.focus();
  }, [focusText]);
  const [notice, setNotice] = useState<string | null>(null);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [fetchUrl, setFetchUrl] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const saved = useRef(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);

  // The preview follows the text as it is edited, a moment after typing stops; a newer edit cancels an older request.
  useEffect(() => {
    if (!content.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await previewContentRequest(
        format,
        content,
        details.url || null,
        controller.signal,
      );
      if (controller.signal.aborted) return;
      if (result.ok) {
        setPreview({ ...result.data.preview, fetchId: fetchId ?? undefined });
        setPreviewError(null);
      } else setPreviewError(result.error.message);
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The URL only resolves relative links: re-previewing on each keystroke in it is not worth it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [format, content]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!saved.current && content.trim()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [content]);

  /** Puts a converted source into the editor and its details into the empty fields. */
  const load = (loaded: ArticlePreview, message: string) => {
    setFormat(loaded.format);
    setContent(loaded.content);
    setPreview(loaded);
    setPreviewError(null);
    setDetails((current) => suggest(current, loaded));
    setNotice(message);
    setSourceError(null);
    setTab("paste");
    // After the commit that shows the text tab (an effect), not a frame that may come before it.
    setFocusText((n) => n + 1);
  };

  const onPaste = async (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData("text/html");
    const area = event.currentTarget;
    const replacesAll =
      !content.trim() || (area.selectionStart === 0 && area.selectionEnd === content.length);
    if (!html || !hasStructure(html) || !replacesAll) return;
    event.preventDefault();
    setBusy("loading");
    const result = await previewContentRequest("html", html, details.url || null);
    setBusy(null);
    if (result.ok)
      load(
        result.data.preview,
        "Pasted with its formatting: headings, quotes, lists and links are kept (written as Markdown).",
      );
    else setSourceError(result.error.message);
  };

  const onFile = async (file: File) => {
    setSourceError(null);
    setBusy("loading");
    const read = await readArticleFile(file);
    if (!read.ok) {
      setBusy(null);
      setSourceError(read.message);
      return;
    }
    const result = await previewContentRequest(read.format, read.content, details.url || null);
    setBusy(null);
    if (result.ok) load(result.data.preview, `Loaded “${file.name}”.`);
    else setSourceError(`“${file.name}”: ${result.error.message}`);
  };

  const onFetch = async (event: FormEvent) => {
    event.preventDefault();
    setSourceError(null);
    if (!fetchUrl.trim()) {
      setSourceError("Enter the address of the article.");
      return;
    }
    setBusy("loading");
    const result = await previewUrlRequest(fetchUrl.trim());
    setBusy(null);
    if (!result.ok) {
      setSourceError(result.error.message);
      return;
    }
    setFetchId(result.data.preview.fetchId ?? null);
    setDetails((current) => ({ ...current, url: result.data.preview.url ?? current.url }));
    load(
      result.data.preview,
      `Fetched ${result.data.preview.url ?? fetchUrl}. The page as received is kept as the archived copy.`,
    );
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!details.title.trim()) missing.title = ["Give the article a title"];
    if (!content.trim()) missing.content = ["Paste, upload or fetch the article text first"];
    setErrors(missing);
    if (Object.keys(missing).length) {
      setFormError("Check the fields marked below.");
      requestAnimationFrame(() => formErrorRef.current?.focus());
      return;
    }
    setBusy("saving");
    const result = await createArticleRequest({
      ...details,
      title: details.title.trim(),
      format,
      content,
      fetchId,
    });
    if (result.ok) {
      saved.current = true;
      router.push(`/articles/${result.data.article.id}`);
      return;
    }
    setBusy(null);
    setErrors(
      result.error.status === 413
        ? { content: [result.error.message] }
        : fieldErrorsOf(result.error),
    );
    setFormError(result.error.message);
    requestAnimationFrame(() => formErrorRef.current?.focus());
  };

  // An emptied editor shows no preview, whatever the last answer was.
  const shown = content.trim() ? { preview, error: previewError } : { preview: null, error: null };

  const setDetail = (key: keyof Details) => (event: { target: { value: string } }) =>
    setDetails((current) => ({ ...current, [key]: event.target.value }));

  const textPanel = (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <label htmlFor="article-content" className="block text-sm font-medium text-stone-800">
          Article text
        </label>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          Format
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as ContentFormat)}
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
        onChange={(event) => setContent(event.target.value)}
        onPaste={onPaste}
        // While a pasted page is converted its Markdown will replace the text: typing meanwhile would be lost.
        readOnly={busy === "loading"}
        aria-busy={busy === "loading" || undefined}
        rows={16}
        spellCheck={false}
        aria-invalid={errors.content ? true : undefined}
        aria-describedby="article-content-hint article-content-error"
        placeholder="Paste the article here. Copied from a web page, it keeps its headings, quotes, lists and links."
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm leading-relaxed text-stone-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid]:border-red-700"
      />
      <p id="article-content-hint" className="text-xs text-stone-600">
        Plain text: paragraphs are separated by a blank line. Markdown: # headings, &gt; quotes, -
        lists, [text](address) links.
      </p>
      <p id="article-content-error" className="text-sm text-red-800">
        {errors.content?.join(" ")}
      </p>
    </div>
  );

  return (
    <form
      onSubmit={onSave}
      noValidate
      aria-label="New article"
      className="grid gap-8 lg:grid-cols-2"
    >
      <div className="space-y-6">
        <section aria-labelledby="source-heading">
          <h2 id="source-heading" className="mb-2 text-lg font-semibold text-stone-900">
            Text
          </h2>
          <SourceTabs
            label="Where the article comes from"
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: "paste", label: "Paste or edit", panel: textPanel },
              {
                id: "upload",
                label: "Upload a file",
                panel: <FileDrop onFile={onFile} busy={busy !== null} />,
              },
              {
                id: "url",
                label: "From a URL",
                panel: (
                  <div className="space-y-3">
                    <Field
                      label="Article address"
                      name="fetch-url"
                      type="url"
                      inputMode="url"
                      placeholder="https://"
                      value={fetchUrl}
                      onChange={(event) => setFetchUrl(event.target.value)}
                      onKeyDown={(event) => event.key === "Enter" && void onFetch(event)}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={onFetch}
                      disabled={busy !== null}
                    >
                      {busy === "loading" ? "Fetching…" : "Fetch article"}
                    </Button>
                    <p className="text-xs text-stone-600">
                      The server fetches the page (public web addresses only), finds the article in
                      it and keeps the page as received.
                    </p>
                  </div>
                ),
              },
            ]}
          />
          <div aria-live="polite" className="mt-2 space-y-2 text-sm">
            {busy === "loading" && <p className="text-stone-700">Reading the article…</p>}
            {notice && !sourceError && <p className="text-stone-700">{notice}</p>}
          </div>
          {sourceError && (
            <p
              role="alert"
              className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
            >
              {sourceError}
            </p>
          )}
        </section>

        <section aria-labelledby="details-heading" className="space-y-4">
          <h2 id="details-heading" className="text-lg font-semibold text-stone-900">
            Details
          </h2>
          <Field
            label="Title"
            name="title"
            required
            value={details.title}
            onChange={setDetail("title")}
            errors={errors.title}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="Author"
              name="author"
              value={details.author}
              onChange={setDetail("author")}
              errors={errors.author}
            />
            <Field
              label="Outlet"
              name="outlet"
              value={details.outlet}
              onChange={setDetail("outlet")}
              errors={errors.outlet}
            />
            <Field
              label="Published"
              name="publishedAt"
              type="date"
              value={details.publishedAt}
              onChange={setDetail("publishedAt")}
              errors={errors.publishedAt}
            />
            <Field
              label="Original URL"
              name="url"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={details.url}
              onChange={setDetail("url")}
              errors={errors.url}
            />
          </div>
        </section>
      </div>

      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-lg font-semibold text-stone-900">
          Preview
        </h2>
        {shown.preview && <DuplicateNotice duplicates={shown.preview.duplicates} />}
        {shown.error ? (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
          >
            {shown.error}
          </p>
        ) : shown.preview ? (
          <ArticlePreviewPanel preview={shown.preview} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-sm text-stone-700">
            The article appears here as readers will see it.
          </p>
        )}
        {formError && (
          <p
            ref={formErrorRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
          >
            {formError}
          </p>
        )}
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={busy !== null}>
            {busy === "saving" ? "Adding…" : "Add article"}
          </Button>
          <Link href="/" className="text-sm text-stone-700 underline">
            Cancel
          </Link>
        </div>
      </section>
    </form>
  );
}
