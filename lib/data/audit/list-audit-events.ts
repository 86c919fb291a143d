import "server-only";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageTeam, type Actor } from "@/lib/permissions/roles";

export type AuditFilters = {
  action?: string;
  actorId?: string;
  entityType?: string;
  before?: Date;
};
export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  actor: { id: string; name: string } | null;
  before: string | null;
  after: string | null;
  createdAt: string;
};

export const AUDIT_PAGE_SIZE = 100;

/** The whole trail, newest first, for admins only; `before` pages back in time. */
export async function listAuditEvents(
  actor: Actor,
  filters: AuditFilters = {},
): Promise<{ events: AuditRow[]; actions: string[]; actors: { id: string; name: string }[] }> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can read the audit trail");
  const db = await getDb();
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.before ? { createdAt: { lt: filters.before } } : {}),
  };
  const [events, actions, actors] = await Promise.all([
    db.auditEvent.findMany({
      where,
      include: { actor: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.user.findMany({
      where: { auditEvents: { some: {} } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      articleId: e.articleId,
      actor: e.actor,
      before: e.before,
      after: e.after,
      createdAt: e.createdAt.toISOString(),
    })),
    actions: actions.map((a) => a.action),
    actors,
  };
}
