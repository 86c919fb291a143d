import { formatDateTime } from "./format-date";

/** Said in words, so being overdue never rests on colour alone. */
export function dueLabel(assignment: { dueAt: string | null; overdue: boolean }): string | null {
  if (!assignment.dueAt) return null;
  return `${assignment.overdue ? "Overdue since" : "Due"} ${formatDateTime(assignment.dueAt)}`;
}
