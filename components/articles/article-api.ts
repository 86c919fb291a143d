import type { ContentFormat } from "@/lib/article-content/formats";
import {
  articlePreviewAnswerSchema,
  createdArticleSchema,
  publicationAnswerSchema,
  revisionAnswerSchema,
} from "@/lib/contracts/article";
import { z } from "@/lib/contracts/zod";
import { callApi } from "@/lib/http/api-client";

export const previewContentRequest = (
  format: ContentFormat,
  content: string,
  url: string | null,
  signal?: AbortSignal,
) =>
  callApi("/api/articles/preview", articlePreviewAnswerSchema, {
    method: "POST",
    body: JSON.stringify({ format, content, ...(url ? { url } : {}) }),
    signal,
  });

export const previewUrlRequest = (url: string) =>
  callApi("/api/articles/preview", articlePreviewAnswerSchema, {
    method: "POST",
    body: JSON.stringify({ url }),
  });

export type NewArticleFields = {
  title: string;
  author: string;
  outlet: string;
  url: string;
  publishedAt: string;
  format: ContentFormat;
  content: string;
  fetchId: string | null;
};

export const createArticleRequest = (fields: NewArticleFields) =>
  callApi("/api/articles", createdArticleSchema, {
    method: "POST",
    body: JSON.stringify({
      title: fields.title,
      format: fields.format,
      content: fields.content,
      author: fields.author || null,
      outlet: fields.outlet || null,
      url: fields.url || null,
      publishedAt: fields.publishedAt || null,
      ...(fields.fetchId ? { fetchId: fields.fetchId } : {}),
    }),
  });

export const reviseArticleRequest = (
  articleId: string,
  change: { version: number } & ({ format: ContentFormat; content: string } | { refetch: true }),
) =>
  callApi(`/api/articles/${articleId}`, revisionAnswerSchema, {
    method: "PATCH",
    body: JSON.stringify(change),
  });

export const publicationRequest = (articleId: string, method: "POST" | "DELETE") =>
  callApi(`/api/articles/${articleId}/publication`, publicationAnswerSchema, { method });

export const archiveRequest = (articleId: string, action: "archive" | "restore") =>
  // The page reloads its data after either: what the answer holds is not read.
  callApi(`/api/articles/${articleId}/${action}`, z.unknown(), { method: "POST" });
