import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { databaseProvider, getDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageTeam, type Actor, type Role } from "@/lib/permissions/roles";
import type { CreateInvitationInput, CreateUserInput } from "@/lib/validation/admin";
import { recordAudit } from "./audit";
import { endSessionsOf } from "./user-sessions";
import { issuePasswordToken } from "./password-tokens";
import type { UserSummary } from "@/lib/contracts/user";

export type UserAccessChanges = { role?: Role; active?: boolean };

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  deactivatedAt: Date | null;
  createdAt: Date;
};

const toSummary = (u: UserRow, invitationPending = false): UserSummary => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: !u.deactivatedAt,
  invitationPending,
  createdAt: u.createdAt.toISOString(),
});

const emailTaken = () =>
  new AppError("CONFLICT", "An account with this email already exists", {
    fieldErrors: { email: ["An account with this email already exists"] },
  });

/** A unique-email race between the check and the insert ends as the same clear conflict. */
function rethrowEmailTaken(error: unknown): never {
  if ((error as { code?: unknown } | null)?.code === "P2002") throw emailTaken();
  throw error;
}

/** An admin creates an account with a role (the API's way to add team members). */
export async function createUserByAdmin(
  actor: Actor,
  input: CreateUserInput,
): Promise<UserSummary> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can create accounts");
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const user = await db
    .$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        throw emailTaken();
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: created.id,
        after: { email: created.email, role: created.role },
      });
      return created;
    })
    .catch(rethrowEmailTaken);
  return toSummary(user);
}

/**
 * An admin invites someone: an account with the role and no password, plus a one-time
 * set-password link valid for 7 days. The link (a path on this site) is returned only here.
 */
export async function createInvitation(
  actor: Actor,
  input: CreateInvitationInput,
): Promise<{ user: UserSummary; link: string }> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can invite people");
  const db = await getDb();
  const { user, link } = await db
    .$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        throw emailTaken();
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role },
      });
      const issued = await issuePasswordToken(tx, created.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.invite",
        entityType: "user",
        entityId: created.id,
        after: {
          email: created.email,
          name: created.name,
          role: created.role,
          linkExpiresAt: issued.expiresAt.toISOString(),
        },
      });
      return { user: created, link: issued.link };
    })
    .catch(rethrowEmailTaken);
  return { user: toSummary(user, true), link };
}

export async function listUsers(actor: Actor): Promise<UserSummary[]> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can list accounts");
  const db = await getDb();
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      passwordTokens: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
        take: 1,
      },
    },
  });
  return users.map((u) => toSummary(u, !u.passwordHash && u.passwordTokens.length > 0));
}

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
  if (!roleChanged && !activeChanged) return toSummary(user, pending);

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
  return toSummary(updated, pending);
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
