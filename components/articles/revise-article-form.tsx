"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/form-controls";
import type { ContentFormat } from "@/lib/article-content/formats";
import { reviseArticleRequest } from "./article-api";
import type { RevisionAnswer } from "@/lib/contracts/article";
import { ArticlePreviewPanel } from "./article-preview-panel";
import { ReanchorReportView } from "./reanchor-report-view";
import { RefetchVerdict } from "./refetch-verdict";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";
import { useLivePreview } from "./use-live-preview";

type Props = {
  articleId: string;
  version: number;
  format: ContentFormat;
  content: string;
  url: string | null;
};

/** Edits an article's text as Markdown (or plain text) with a live preview; saving re-anchors the annotations and shows what happened to them. */
export function ReviseArticleForm({
  articleId,
  version: initialVersion,
  format: initialFormat,
  content: initialContent,
  url,
}: Props) {
  const [version, setVersion] = useState(initialVersion);
  const [format, setFormat] = useState<ContentFormat>(initialFormat);
  const [content, setContent] = useState(initialContent);
  const [saved, setSaved] = useState(initialContent);
  const { preview, previewError } = useLivePreview(format, content, url);
  const [busy, setBusy] = useState<null | "saving" | "fetching">(null);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<RevisionAnswer | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const dirty = content !== saved;

  useLeaveWarning(dirty);

  const finish = (
    result: Awaited<ReturnType<typeof reviseArticleRequest>>,
    sent: string | null,
  ) => {
    setBusy(null);
    if (!result.ok) {
      setError(
        result.error.status === 409
          ? "Someone revised the article after you opened it. Copy your text, reload the page and apply your changes to the new version."
          : result.error.message,
      );
      requestAnimationFrame(() => resultRef.current?.focus());
      return;
    }
    setError(null);
    setAnswer(result.data);
    setVersion(result.data.article.version);
    if (sent !== null) setSaved(sent);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!content.trim()) {
      setError("The article text is empty.");
      return;
    }
    setBusy("saving");
    finish(await reviseArticleRequest(articleId, { version, format, content }), content);
  };

  const onRefetch = async () => {
    setBusy("fetching");
    finish(await reviseArticleRequest(articleId, { version, refetch: true }), null);
  };

  const shown = content.trim()
    ? { preview, error: previewError }
    : { preview: null, error: "The article text is empty." };

  return (
    <form onSubmit={onSave} aria-label="Revise article" className="grid gap-8 lg:grid-cols-2">
      <div className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <label htmlFor="revision-content" className="block text-sm font-medium text-stone-800">
            Article text
          </label>
          <label className="flex items-center gap-2 text-sm text-stone-700">
            Format
            <select
              value={format}
              onChange={(event) => setFormat(event.target.value as ContentFormat)}
              className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
            >
              <option value="markdown">Markdown</option>
              <option value="text">Plain text</option>
            </select>
          </label>
        </div>
        <textarea
          id="revision-content"
          value={content}
          onChange={(event) => setContent(event.target.value)}
          rows={22}
          spellCheck={false}
          aria-describedby="revision-hint"
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm leading-relaxed text-stone-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30"
        />
        <p id="revision-hint" className="text-xs text-stone-600">
          Saving makes version {version + 1} and places every annotation on the new text once: you
          see which moved, changed or were lost.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={busy !== null || !dirty}>
            {busy === "saving" ? "Saving…" : "Save revision"}
          </Button>
          {url && (
            <Button type="button" variant="secondary" onClick={onRefetch} disabled={busy !== null}>
              {busy === "fetching" ? "Fetching…" : "Fetch again from the original"}
            </Button>
          )}
          <Link href={`/articles/${articleId}`} className="text-sm text-stone-700 underline">
            Back to the article
          </Link>
        </div>
        <div ref={resultRef} tabIndex={-1} className="focus:outline-none">
          {error && (
            <p
              role="alert"
              className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
            >
              {error}
            </p>
          )}
          {answer && !error && (
            <div
              role="status"
              className="space-y-2 rounded-md border border-stone-200 bg-white p-4"
            >
              <p className="font-medium text-stone-900">
                {answer.reanchoring
                  ? `Saved as version ${answer.article.version}.`
                  : "The text is unchanged: no new version was needed."}{" "}
                {answer.reanchoring && (
                  <Link
                    href={`/articles/${articleId}/history?from=${answer.article.version - 1}&to=${answer.article.version}`}
                    className="text-blue-800 underline"
                  >
                    Compare with the previous version
                  </Link>
                )}
              </p>
              {answer.refetch && <RefetchVerdict refetch={answer.refetch} />}
              {answer.reanchoring && (
                <ReanchorReportView report={answer.reanchoring} articleId={articleId} />
              )}
            </div>
          )}
        </div>
      </div>
      <section aria-labelledby="revision-preview-heading" className="space-y-3">
        <h2 id="revision-preview-heading" className="text-lg font-semibold text-stone-900">
          Preview
        </h2>
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
          <p className="text-sm text-stone-700">Preparing the preview…</p>
        )}
      </section>
    </form>
  );
}
