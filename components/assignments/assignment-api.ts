import {
  assigneesSchema,
  assignmentAnswerSchema,
  maybeAssignmentAnswerSchema,
} from "@/lib/contracts/assignment";
import { callApi, noContent } from "@/lib/http/api-client";

export type AssignmentKind = "annotation" | "article";

const pathOf = (kind: AssignmentKind, id: string) =>
  `/api/${kind === "annotation" ? "annotations" : "articles"}/${id}/assignment`;

export const getAssignmentRequest = (kind: AssignmentKind, id: string) =>
  callApi(pathOf(kind, id), maybeAssignmentAnswerSchema);

export const listAssigneesRequest = () => callApi("/api/assignees", assigneesSchema);

export const createAssignmentRequest = (
  kind: AssignmentKind,
  id: string,
  input: { assigneeId: string; dueAt: string | null },
) =>
  callApi(pathOf(kind, id), assignmentAnswerSchema, {
    method: "POST",
    body: JSON.stringify(input),
  });

export const updateAssignmentRequest = (
  kind: AssignmentKind,
  id: string,
  input: { assigneeId?: string; dueAt?: string | null; done?: true; version: number },
) =>
  callApi(pathOf(kind, id), assignmentAnswerSchema, {
    method: "PATCH",
    body: JSON.stringify(input),
  });

export const removeAssignmentRequest = (kind: AssignmentKind, id: string, version: number) =>
  callApi(`${pathOf(kind, id)}?version=${version}`, noContent, { method: "DELETE" });
