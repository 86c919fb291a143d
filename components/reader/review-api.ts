import { annotationAnswerSchema } from "@/lib/contracts/annotation";
import { historySchema } from "@/lib/contracts/history";
import { replyAnswerSchema, replyListSchema } from "@/lib/contracts/reply";
import { callApi, noContent } from "@/lib/http/api-client";
import type { AnnotationStatus, SettleDecision } from "@/lib/validation/constants";

export const reviewRequest = (
  id: string,
  review: { verdict: "agree" | "disagree"; reason?: string; proposedStatus?: AnnotationStatus },
) =>
  callApi(`/api/annotations/${id}/reviews`, annotationAnswerSchema, {
    method: "POST",
    body: JSON.stringify(review),
  });

export const settleRequest = (
  id: string,
  settlement: { decision: SettleDecision; comment?: string; version: number },
) =>
  callApi(`/api/annotations/${id}/settle`, annotationAnswerSchema, {
    method: "POST",
    body: JSON.stringify(settlement),
  });

export const listRepliesRequest = (id: string) =>
  callApi(`/api/annotations/${id}/replies`, replyListSchema);

export const createReplyRequest = (id: string, body: string, parentId?: string) =>
  callApi(`/api/annotations/${id}/replies`, replyAnswerSchema, {
    method: "POST",
    body: JSON.stringify(parentId ? { body, parentId } : { body }),
  });

export const updateReplyRequest = (replyId: string, body: string) =>
  callApi(`/api/replies/${replyId}`, replyAnswerSchema, {
    method: "PATCH",
    body: JSON.stringify({ body }),
  });

export const deleteReplyRequest = (replyId: string) =>
  callApi(`/api/replies/${replyId}`, noContent, { method: "DELETE" });

export const historyRequest = (id: string) =>
  callApi(`/api/annotations/${id}/history`, historySchema);
