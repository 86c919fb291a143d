import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { isOverdue } from "@/lib/data/assignments/assignment-view";
import { articleScope } from "@/lib/data/scopes";
import type { MyAssignment } from "@/lib/contracts/assignment";

const dueTime = (item: { dueAt: string | null }) =>
  item.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(item.dueAt);

/** Sooner due first, no due date after every dated one. */
export function byDue(a: { dueAt: string | null }, b: { dueAt: string | null }): number {
  const [x, y] = [dueTime(a), dueTime(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The actor's own open assignments (scoped by their id) on what they can still read, soonest due first. */
export async function listMyOpenAssignments(actor: Actor): Promise<MyAssignment[]> {
  const db = await getDb();
  const rows = await db.assignment.findMany({
    where: {
      assigneeId: actor.id,
      doneAt: null,
      article: articleScope(actor),
      OR: [{ annotationId: null }, { annotation: { deletedAt: null } }],
    },
    include: {
      article: { select: { id: true, title: true } },
      assignedBy: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  const now = new Date();
  // Rows come oldest first, so the stable sort by due date leaves equal dates in that order.
  return rows
    .map((row) => ({
      id: row.id,
      annotationId: row.annotationId,
      article: row.article,
      assignedBy: row.assignedBy,
      dueAt: row.dueAt?.toISOString() ?? null,
      overdue: isOverdue(row, now),
      version: row.version,
    }))
    .sort(byDue);
}
