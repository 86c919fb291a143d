import { callApi } from "@/components/reader/annotation-api";
import type { Assignee } from "@/lib/contracts/assignment";
import type { AssignmentView } from "@/lib/contracts/assignment";

export type AssignmentKind = "annotation" | "article";

const pathOf = (kind: AssignmentKind, id: string) =>
  `/api/${kind === "annotation" ? "annotations" : "articles"}/${id}/assignment`;

export const getAssignmentRequest = (kind: AssignmentKind, id: string) =>
  callApi<{ assignment: AssignmentView | null }>(pathOf(kind, id));

export const listAssigneesRequest = () => callApi<{ people: Assignee[] }>("/api/assignees");

export const createAssignmentRequest = (
  kind: AssignmentKind,
  id: string,
  input: { assigneeId: string; dueAt: string | null },
) =>
  callApi<{ assignment: AssignmentView }>(pathOf(kind, id), {
    method: "POST",
    body: JSON.stringify(input),
  });

export const updateAssignmentRequest = (
  kind: AssignmentKind,
  id: string,
  input: { assigneeId?: string; dueAt?: string | null; done?: true; version: number },
) =>
  callApi<{ assignment: AssignmentView }>(pathOf(kind, id), {
    method: "PATCH",
    body: JSON.stringify(input),
  });

export const removeAssignmentRequest = (kind: AssignmentKind, id: string, version: number) =>
  callApi<void>(`${pathOf(kind, id)}?version=${version}`, { method: "DELETE" });
