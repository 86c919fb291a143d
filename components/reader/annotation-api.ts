import { annotationAnswerSchema, annotationListSchema } from "@/lib/contracts/annotation";
import { annotationChangesSchema } from "@/lib/contracts/changes";
import { callApi, noContent } from "@/lib/http/api-client";
import type { AnnotationStatus } from "@/lib/validation/constants";

export type SourceDraft = { url: string; title: string; quote: string };
export type AnnotationDraft = { status: AnnotationStatus; note: string; sources: SourceDraft[] };
export type TargetInput = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export const createAnnotationRequest = (
  articleId: string,
  draft: AnnotationDraft,
  target: TargetInput,
) =>
  callApi(`/api/articles/${articleId}/annotations`, annotationAnswerSchema, {
    method: "POST",
    body: JSON.stringify({ ...draft, target }),
  });

export const updateAnnotationRequest = (
  id: string,
  version: number,
  draft: Partial<AnnotationDraft>,
) =>
  callApi(`/api/annotations/${id}`, annotationAnswerSchema, {
    method: "PATCH",
    body: JSON.stringify({ ...draft, version }),
  });

/** Places an annotation (an orphan, typically) on a new span of the current text. */
export const reattachAnnotationRequest = (id: string, version: number, target: TargetInput) =>
  callApi(`/api/annotations/${id}`, annotationAnswerSchema, {
    method: "PATCH",
    body: JSON.stringify({ version, target }),
  });

export const deleteAnnotationRequest = (id: string, version: number) =>
  callApi(`/api/annotations/${id}?version=${version}`, noContent, { method: "DELETE" });

export const restoreAnnotationRequest = (id: string) =>
  callApi(`/api/annotations/${id}/restore`, annotationAnswerSchema, { method: "POST" });

export const fetchChangesRequest = (articleId: string, since: string) =>
  callApi(
    `/api/articles/${articleId}/changes?since=${encodeURIComponent(since)}`,
    annotationChangesSchema,
  );

/** The push stream of the same feed (Server-Sent Events, `changes` and `end` events). */
export const changeStreamUrl = (articleId: string, since: string) =>
  `/api/articles/${articleId}/changes/stream?since=${encodeURIComponent(since)}`;

export const fetchAnnotationDetailsRequest = (articleId: string, ids: readonly string[]) =>
  callApi(
    `/api/articles/${articleId}/annotations?ids=${ids.map(encodeURIComponent).join(",")}`,
    annotationListSchema,
  );
