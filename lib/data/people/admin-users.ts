import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canManageTeam, type Actor, type Role } from "@/lib/permissions/roles";
import type { CreateInvitationInput, CreateUserInput } from "@/lib/validation/admin";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { issuePasswordToken } from "@/lib/data/people/password-tokens";
import type { UserSummary } from "@/lib/contracts/user";

export type UserAccessChanges = { role?: Role; active?: boolean };

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  deactivatedAt: Date | null;
  createdAt: Date;
};

export const toUserSummary = (u: UserRow, invitationPending = false): UserSummary => ({
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
  return toUserSummary(user);
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
  return { user: toUserSummary(user, true), link };
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
  return users.map((u) => toUserSummary(u, !u.passwordHash && u.passwordTokens.length > 0));
}
