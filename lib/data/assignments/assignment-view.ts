import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentView } from "@/lib/contracts/assignment";

/** What an assignment is for: one annotation, or a whole article. */
export type AssignmentTarget = { kind: "annotation" | "article"; id: string };

/** The unique key an open assignment holds, so each target has at most one open at a time. */
export const openKeyOf = (target: AssignmentTarget) => `${target.kind}:${target.id}`;

export const assignmentInclude = {
  assignee: { select: { id: true, name: true } },
  assignedBy: { select: { id: true, name: true } },
} satisfies Prisma.AssignmentInclude;

type Row = Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>;

export const isOverdue = (row: { dueAt: Date | null; doneAt: Date | null }, now = new Date()) =>
  row.doneAt === null && row.dueAt !== null && row.dueAt.getTime() < now.getTime();

export function toAssignmentView(row: Row, now = new Date()): AssignmentView {
  return {
    id: row.id,
    kind: row.annotationId ? "annotation" : "article",
    articleId: row.articleId,
    annotationId: row.annotationId,
    assignee: row.assignee,
    assignedBy: row.assignedBy,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: isOverdue(row, now),
    doneAt: row.doneAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
