import { useEffect, useState } from "react";
import type { ContentFormat } from "@/lib/article-content/formats";
import type { ArticlePreview } from "@/lib/contracts/article";
import { previewContentRequest } from "./article-api";

const PREVIEW_DELAY_MS = 400;

/**
 * The preview follows the text as it is edited, a moment after typing stops; a newer edit cancels
 * an older request. The address only resolves relative links: it is read when the text changes,
 * since re-previewing on each keystroke in it is not worth it.
 */
export function useLivePreview(
  format: ContentFormat,
  content: string,
  url: string | null,
  fetchId: string | null = null,
) {
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  useEffect(() => {
    if (!content.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await previewContentRequest(format, content, url, controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) {
        setPreview({ ...result.data.preview, ...(fetchId ? { fetchId } : {}) });
        setPreviewError(null);
      } else setPreviewError(result.error.message);
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [format, content]);
  return { preview, setPreview, previewError, setPreviewError };
}
