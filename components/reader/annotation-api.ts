import type { AnnotationView } from "@/lib/data/annotation-view";
import type { AnnotationStatus } from "@/lib/validation/annotations";

export type ApiError = { status: number; code: string; message: string; details?: unknown };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export type SourceDraft = { url: string; title: string; quote: string };
export type AnnotationDraft = { status: AnnotationStatus; note: string; sources: SourceDraft[] };
export type TargetInput = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      ...init,
      headers: init.body ? { "Content-Type": "application/json", ...init.headers } : init.headers,
      cache: "no-store",
    });
    if (response.status === 204) return { ok: true, data: undefined as T };
    const body = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: body as T };
    const error = (body as { error?: Omit<ApiError, "status"> } | null)?.error;
    return {
      ok: false,
      error: {
        status: response.status,
        code: error?.code ?? "INTERNAL",
        message: error?.message ?? "The server could not do this",
        details: error?.details,
      },
    };
  } catch {
    return {
      ok: false,
      error: {
        status: 0,
        code: "NETWORK",
        message: "The server cannot be reached. Check your connection and try again.",
      },
    };
  }
}

export const createAnnotationRequest = (
  articleId: string,
  draft: AnnotationDraft,
  target: TargetInput,
) =>
  callApi<{ annotation: AnnotationView }>(`/api/articles/${articleId}/annotations`, {
    method: "POST",
    body: JSON.stringify({ ...draft, target }),
  });

export const updateAnnotationRequest = (
  id: string,
  version: number,
  draft: Partial<AnnotationDraft>,
) =>
  callApi<{ annotation: AnnotationView }>(`/api/annotations/${id}`, {
    method: "PATCH",
    body: JSON.stringify({ ...draft, version }),
  });

/** Places an annotation (an orphan, typically) on a new span of the current text. */
export const reattachAnnotationRequest = (id: string, version: number, target: TargetInput) =>
  callApi<{ annotation: AnnotationView }>(`/api/annotations/${id}`, {
    method: "PATCH",
    body: JSON.stringify({ version, target }),
  });

export const deleteAnnotationRequest = (id: string, version: number) =>
  callApi<void>(`/api/annotations/${id}?version=${version}`, { method: "DELETE" });

export const restoreAnnotationRequest = (id: string) =>
  callApi<{ annotation: AnnotationView }>(`/api/annotations/${id}/restore`, { method: "POST" });

/** One answer of an article's change feed, polled or pushed (lib/data/annotation-changes.ts). */
export type ChangesAnswer = {
  annotations: AnnotationView[];
  deletedIds: string[];
  cursor: string;
  hasMore: boolean;
  articleVersion: number;
};

export const fetchChangesRequest = (articleId: string, since: string) =>
  callApi<ChangesAnswer>(`/api/articles/${articleId}/changes?since=${encodeURIComponent(since)}`);

/** The push stream of the same feed (Server-Sent Events, `changes` and `end` events). */
export const changeStreamUrl = (articleId: string, since: string) =>
  `/api/articles/${articleId}/changes/stream?since=${encodeURIComponent(since)}`;

/** Field errors from a 422 answer, keyed by the first path segment (e.g. "sources", "note"). */
export function fieldErrorsOf(error: ApiError): Record<string, string[]> {
  const details = error.details as { fieldErrors?: Record<string, string[]> } | undefined;
  return details?.fieldErrors ?? {};
}

export const fetchAnnotationDetailsRequest = (articleId: string, ids: readonly string[]) =>
  callApi<{ annotations: AnnotationView[] }>(
    `/api/articles/${articleId}/annotations?ids=${ids.map(encodeURIComponent).join(",")}`,
  );
