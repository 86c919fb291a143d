import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/data/assignments/assignment-view";

export type AssignmentCounts = { id: string; name: string; open: number; overdue: number };

/**
 * Open and overdue assignments per person on one article (its annotations' and the whole
 * article's), most overdue first. The caller has checked that the actor may read the article.
 */
export async function countOpenAssignments(
  db: Prisma.TransactionClient,
  articleId: string,
  now = new Date(),
): Promise<AssignmentCounts[]> {
  const rows = await db.assignment.findMany({
    where: {
      articleId,
      doneAt: null,
      OR: [{ annotationId: null }, { annotation: { deletedAt: null } }],
    },
    select: { dueAt: true, doneAt: true, assignee: { select: { id: true, name: true } } },
  });
  const people = new Map<string, AssignmentCounts>();
  for (const row of rows) {
    const person =
      people.get(row.assignee.id) ??
      people.set(row.assignee.id, { ...row.assignee, open: 0, overdue: 0 }).get(row.assignee.id)!;
    person.open++;
    if (isOverdue(row, now)) person.overdue++;
  }
  return [...people.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name),
  );
}
