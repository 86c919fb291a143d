import "server-only";
import { databaseProvider, getDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageTeam, type Actor, type Role } from "@/lib/permissions/roles";
import type { UserSummary } from "@/lib/contracts/user";
import { toUserSummary, type UserAccessChanges } from "@/lib/data/people/admin-users";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { endSessionsOf } from "@/lib/data/people/user-sessions";

/**
 * The ids of the active admins, read under a lock held until the transaction ends, so that
 * concurrent role changes queue and each counts the admins as the previous one left them: two
 * admins demoting each other at the same moment cannot both pass. PostgreSQL: the admin rows
 * are locked (FOR UPDATE; a waiting transaction re-checks them once the first commits).
 * SQLite: a no-op write first takes the database's single write lock; without it, a read
 * followed by a write could fail with SQLITE_BUSY_SNAPSHOT when another process wrote between.
 */
async function lockActiveAdminIds(tx: Prisma.TransactionClient): Promise<string[]> {
  if (databaseProvider() === "postgresql") {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "User" WHERE "role" = 'admin' AND "deactivatedAt" IS NULL ORDER BY "id" FOR UPDATE`;
    return rows.map((row) => row.id);
  }
  await tx.$executeRaw`UPDATE "User" SET "role" = "role" WHERE 0`;
  const rows = await tx.user.findMany({
    where: { role: "admin", deactivatedAt: null },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Changes an account's role and/or whether it is active, inside the caller's transaction.
 * Refuses (409, nothing written) to leave the team without an active admin, and refuses an
 * admin deactivating their own account. Every real change is an audit event with before/after;
 * a change to what is already there writes nothing. Exported so a unit test can run it inside
 * a transaction it rolls back; everything else calls updateUserAccess.
 */
export async function updateUserAccessIn(
  tx: Prisma.TransactionClient,
  actor: Actor,
  userId: string,
  changes: UserAccessChanges,
): Promise<UserSummary> {
  if (!canManageTeam(actor))
    throw forbidden("Only an admin can change roles or deactivate accounts");
  const adminIds = await lockActiveAdminIds(tx);
  // Re-checked under the lock: an admin who was demoted or deactivated a moment ago acts no more.
  if (!adminIds.includes(actor.id))
    throw forbidden("Only an admin can change roles or deactivate accounts");
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("Account");

  const before = { role: user.role, active: !user.deactivatedAt };
  const after = { role: changes.role ?? before.role, active: changes.active ?? before.active };
  const losesAdmin =
    before.role === "admin" && before.active && !(after.role === "admin" && after.active);
  const otherActiveAdmins = adminIds.filter((id) => id !== user.id).length;
  if (losesAdmin && otherActiveAdmins === 0) {
    throw new AppError(
      "CONFLICT",
      `${user.name} is the last active admin. Make someone else an admin first: a team always keeps at least one.`,
    );
  }
  // Nobody locks themselves out by a slip of the mouse; another admin can do it.
  if (user.id === actor.id && !after.active)
    throw new AppError("CONFLICT", "You cannot deactivate your own account. Ask another admin.");

  const roleChanged = after.role !== before.role;
  const activeChanged = after.active !== before.active;
  const pending =
    !user.passwordHash &&
    (await tx.passwordToken.count({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: new Date() } },
    })) > 0;
  if (!roleChanged && !activeChanged) return toUserSummary(user, pending);

  const updated = await tx.user.update({
    where: { id: user.id },
    data: {
      ...(roleChanged ? { role: after.role } : {}),
      ...(activeChanged ? { deactivatedAt: after.active ? null : new Date() } : {}),
    },
  });
  const event = { actorId: actor.id, entityType: "user", entityId: user.id };
  if (roleChanged)
    await recordAudit(tx, {
      ...event,
      action: "user.role",
      before: { role: before.role },
      after: { role: after.role },
    });
  if (activeChanged) {
    if (!after.active) await endSessionsOf(tx, user.id);
    await recordAudit(tx, {
      ...event,
      action: after.active ? "user.reactivate" : "user.deactivate",
      before: { active: before.active },
      after: { active: after.active },
    });
  }
  return toUserSummary(updated, pending);
}

/**
 * Role and/or active state in one transaction (PATCH /api/admin/users/:id). A deactivated
 * account keeps its annotations, reviews and replies under its name, but can no longer sign
 * in: toActor answers null for it, so its sessions and API tokens stop working at once, and
 * work again when it is reactivated.
 */
export async function updateUserAccess(
  actor: Actor,
  userId: string,
  changes: UserAccessChanges,
): Promise<UserSummary> {
  if (!canManageTeam(actor))
    throw forbidden("Only an admin can change roles or deactivate accounts");
  const db = await getDb();
  return db.$transaction((tx) => updateUserAccessIn(tx, actor, userId, changes));
}

export const changeUserRole = (actor: Actor, userId: string, role: Role) =>
  updateUserAccess(actor, userId, { role });

export const setUserActive = (actor: Actor, userId: string, active: boolean) =>
  updateUserAccess(actor, userId, { active });
