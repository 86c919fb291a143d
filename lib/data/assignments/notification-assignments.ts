import "server-only";
import { getDb } from "@/lib/db";
import { canSeeArchived, type Actor } from "@/lib/permissions/roles";
import { isOverdue } from "@/lib/data/assignments/assignment-view";
import type { NotifiedAssignment } from "@/lib/contracts/notification";

/**
 * The assignments some entries name, read in one query. A removed one (unassigned) is in neither
 * list; one on an article the actor may no longer read (archived) is only named in `archived`.
 */
export async function loadNotifiedAssignments(
  actor: Actor,
  ids: string[],
): Promise<{ visible: Map<string, NotifiedAssignment>; archived: Set<string> }> {
  if (ids.length === 0) return { visible: new Map(), archived: new Set() };
  const db = await getDb();
  const rows = await db.assignment.findMany({
    where: { id: { in: [...new Set(ids)] } },
    include: { article: { select: { id: true, title: true, archivedAt: true } } },
  });
  const now = new Date();
  const hidden = (row: (typeof rows)[number]) =>
    row.article.archivedAt !== null && !canSeeArchived(actor);
  const visible = new Map(
    rows
      .filter((row) => !hidden(row))
      .map((row) => [
        row.id,
        {
          id: row.id,
          kind: row.annotationId ? "annotation" : "article",
          article: { id: row.article.id, title: row.article.title },
          dueAt: row.dueAt?.toISOString() ?? null,
          overdue: isOverdue(row, now),
          done: row.doneAt !== null,
        } as const,
      ]),
  );
  return { visible, archived: new Set(rows.filter(hidden).map((row) => row.id)) };
}
