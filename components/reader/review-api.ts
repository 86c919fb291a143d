import type { AnnotationView } from "@/lib/contracts/annotation";
import type { HistoryEvent } from "@/lib/contracts/history";
import type { ReplyView } from "@/lib/contracts/reply";
import type { AnnotationStatus } from "@/lib/validation/annotations";
import type { SettleDecision } from "@/lib/validation/reviews";
import { callApi } from "./annotation-api";

export const reviewRequest = (
  id: string,
  review: { verdict: "agree" | "disagree"; reason?: string; proposedStatus?: AnnotationStatus },
) =>
  callApi<{ annotation: AnnotationView }>(`/api/annotations/${id}/reviews`, {
    method: "POST",
    body: JSON.stringify(review),
  });

export const settleRequest = (
  id: string,
  settlement: { decision: SettleDecision; comment?: string; version: number },
) =>
  callApi<{ annotation: AnnotationView }>(`/api/annotations/${id}/settle`, {
    method: "POST",
    body: JSON.stringify(settlement),
  });

export const listRepliesRequest = (id: string) =>
  callApi<{ replies: ReplyView[] }>(`/api/annotations/${id}/replies`);

export const createReplyRequest = (id: string, body: string, parentId?: string) =>
  callApi<{ reply: ReplyView }>(`/api/annotations/${id}/replies`, {
    method: "POST",
    body: JSON.stringify(parentId ? { body, parentId } : { body }),
  });

export const updateReplyRequest = (replyId: string, body: string) =>
  callApi<{ reply: ReplyView }>(`/api/replies/${replyId}`, {
    method: "PATCH",
    body: JSON.stringify({ body }),
  });

export const deleteReplyRequest = (replyId: string) =>
  callApi<void>(`/api/replies/${replyId}`, { method: "DELETE" });

export const historyRequest = (id: string) =>
  callApi<{ events: HistoryEvent[] }>(`/api/annotations/${id}/history`);
