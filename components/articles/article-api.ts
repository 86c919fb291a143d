import { callApi } from "@/components/reader/annotation-api";
import type { Block } from "@/lib/article-content/blocks";
import type { ContentFormat } from "@/lib/article-content/formats";
import type { PublicationState } from "@/lib/contracts/article";

export type DuplicateArticle = { id: string; title: string };

/** The answer of POST /api/articles/preview (lib/data/preview-article.ts). */
export type ArticlePreview = {
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  format: ContentFormat;
  content: string;
  body: string;
  blocks: Block[];
  duplicates: DuplicateArticle[];
  /** Set when the page was fetched from its URL: saving with it keeps the fetched original as the archived copy. */
  fetchId?: string;
  fetchedAt?: string;
};

export const previewContentRequest = (
  format: ContentFormat,
  content: string,
  url: string | null,
  signal?: AbortSignal,
) =>
  callApi<{ preview: ArticlePreview }>("/api/articles/preview", {
    method: "POST",
    body: JSON.stringify({ format, content, ...(url ? { url } : {}) }),
    signal,
  });

export const previewUrlRequest = (url: string) =>
  callApi<{ preview: ArticlePreview }>("/api/articles/preview", {
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
  callApi<{ article: { id: string } }>("/api/articles", {
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

/** PATCH /api/articles/:id's answer for a new text (lib/data/update-article.ts). */
export type ReanchorReport = {
  exact: string[];
  moved: string[];
  changed: { id: string; before: string; after: string }[];
  orphaned: string[];
  quotes: Record<string, string>;
};

export type RevisionAnswer = {
  article: { id: string; version: number; body: string };
  reanchoring: ReanchorReport | null;
  refetch: { changed: boolean; stealthEdit: boolean; correctionNote: string | null } | null;
};

export const reviseArticleRequest = (
  articleId: string,
  change: { version: number } & ({ format: ContentFormat; content: string } | { refetch: true }),
) =>
  callApi<RevisionAnswer>(`/api/articles/${articleId}`, {
    method: "PATCH",
    body: JSON.stringify(change),
  });

export type PublicationAnswer = { publication: (PublicationState & { url: string }) | null };

export const publicationRequest = (articleId: string, method: "POST" | "DELETE") =>
  callApi<PublicationAnswer>(`/api/articles/${articleId}/publication`, { method });

export const archiveRequest = (articleId: string, action: "archive" | "restore") =>
  callApi<unknown>(`/api/articles/${articleId}/${action}`, { method: "POST" });
