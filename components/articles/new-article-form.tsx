"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from "react";
import { fieldErrorsOf } from "@/lib/http/api-client";
import type { ContentFormat } from "@/lib/article-content/formats";
import { createArticleRequest, previewContentRequest, previewUrlRequest } from "./article-api";
import type { ArticlePreview } from "@/lib/contracts/article";
import {
  ArticleDetailsFields,
  EMPTY_DETAILS,
  missingFields,
  suggest,
  type Details,
} from "./article-details-fields";
import { ArticleTextField, hasStructure } from "./article-text-field";
import { FileDrop } from "./file-drop";
import { NewArticlePreview } from "./new-article-preview";
import { readArticleFile } from "./read-article-file";
import { SourceStatus } from "./source-status";
import { SourceTabs } from "./source-tabs";
import { UrlFetchPanel } from "./url-fetch-panel";
import { useLivePreview } from "./use-live-preview";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";

export function NewArticleForm() {
  const router = useRouter();
  const [tab, setTab] = useState("paste");
  const [format, setFormat] = useState<ContentFormat>("text");
  const [content, setContent] = useState("");
  const [details, setDetails] = useState<Details>(EMPTY_DETAILS);
  const [fetchId, setFetchId] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "loading" | "saving">(null);
  const [focusText, setFocusText] = useState(0);
  useEffect(() => {
    if (focusText) textRef.current?.focus();
  }, [focusText]);
  const [notice, setNotice] = useState<string | null>(null);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [fetchUrl, setFetchUrl] = useState("");
  const live = useLivePreview(format, content, details.url || null, fetchId);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);

  // Once saving starts the page is on its way to the new article: nothing is left to lose.
  useLeaveWarning(content.trim() !== "" && busy !== "saving");

  /** Puts a converted source into the editor and its details into the empty fields. */
  const load = (loaded: ArticlePreview, message: string) => {
    setFormat(loaded.format);
    setContent(loaded.content);
    live.setPreview(loaded);
    live.setPreviewError(null);
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
    const missing = missingFields(details, content);
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
  const shown = content.trim()
    ? { preview: live.preview, error: live.previewError }
    : { preview: null, error: null };

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
              {
                id: "paste",
                label: "Paste or edit",
                panel: (
                  <ArticleTextField
                    textRef={textRef}
                    format={format}
                    onFormat={setFormat}
                    content={content}
                    onContent={setContent}
                    onPaste={onPaste}
                    loading={busy === "loading"}
                    errors={errors.content}
                  />
                ),
              },
              {
                id: "upload",
                label: "Upload a file",
                panel: <FileDrop onFile={onFile} busy={busy !== null} />,
              },
              {
                id: "url",
                label: "From a URL",
                panel: (
                  <UrlFetchPanel url={fetchUrl} onUrl={setFetchUrl} onFetch={onFetch} busy={busy} />
                ),
              },
            ]}
          />
          <SourceStatus loading={busy === "loading"} notice={notice} error={sourceError} />
        </section>

        <ArticleDetailsFields details={details} onChange={setDetails} errors={errors} />
      </div>

      <NewArticlePreview
        shown={shown}
        formError={formError}
        formErrorRef={formErrorRef}
        saving={busy === "saving"}
        disabled={busy !== null}
      />
    </form>
  );
}
