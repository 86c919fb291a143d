import "server-only";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { canAssign } from "@/lib/permissions/assignments";
import type { Actor } from "@/lib/permissions/roles";
import type { Assignee } from "@/lib/contracts/assignment";

/** The people an editor may assign work to (reviewers, editors, admins; active), for the picker. */
export async function listAssignablePeople(actor: Actor): Promise<Assignee[]> {
  if (!canAssign(actor)) throw forbidden("Only an editor or an admin can assign work");
  const db = await getDb();
  return db.user.findMany({
    where: { role: { in: ["reviewer", "editor", "admin"] }, deactivatedAt: null },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
  });
}
