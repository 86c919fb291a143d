import "server-only";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/permissions/roles";
import type { SignUpInput } from "@/lib/validation/users";
import { recordAudit } from "@/lib/data/audit/record-audit";

import { toActor } from "@/lib/data/people/actor-row";
import { endSessionsOf } from "@/lib/data/people/user-sessions";

export { toActor };

/** The actor behind a session: null when the account is gone or deactivated, so old sessions stop working. */
export async function findActorById(id: string): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id } });
  return user ? toActor(user) : null;
}

/** Checks a password; answers null for a wrong password, an unknown email or a deactivated account alike. */
export async function verifyCredentials(email: string, password: string): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return toActor(user);
}

/**
 * Self sign-up. The very first account becomes admin; later ones become viewers, and only
 * while an admin allows self sign-up. One transaction, so two first sign-ups cannot both be admin.
 */
export async function signUpUser(input: SignUpInput): Promise<Actor> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing)
      throw new AppError("CONFLICT", "An account with this email already exists", {
        field: "email",
      });
    const isFirst = (await tx.user.count()) === 0;
    if (!isFirst) {
      const settings = await tx.teamSettings.findUnique({ where: { id: 1 } });
      if (!(settings?.allowSignup ?? false))
        throw new AppError(
          "FORBIDDEN",
          "Self sign-up is turned off: ask an admin for an invitation",
        );
    }
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        role: isFirst ? "admin" : "viewer",
      },
    });
    await recordAudit(tx, {
      actorId: created.id,
      action: "user.signup",
      entityType: "user",
      entityId: created.id,
      after: { email: created.email, role: created.role },
    });
    return created;
  });
  const actor = toActor(user);
  if (!actor) throw new Error("A new account must be active");
  return actor;
}

export async function updateOwnName(actor: Actor, name: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
    if (!before) throw notFound("Account");
    await tx.user.update({ where: { id: actor.id }, data: { name } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.rename",
      entityType: "user",
      entityId: actor.id,
      before,
      after: { name },
    });
  });
}

export async function changeOwnPassword(
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw notFound("Account");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION", "The current password is wrong", {
      fieldErrors: { currentPassword: ["The current password is wrong"] },
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    // Whoever else holds a session (perhaps the reason for the change) is signed out; this browser stays.
    await endSessionsOf(tx, actor.id, { except: actor.sessionId });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password",
      entityType: "user",
      entityId: actor.id,
    });
  });
}

/** For single sign-on: an existing active account by email, or a new viewer while self sign-up is open. */
export async function findOrCreateExternalUser(email: string, name: string): Promise<Actor | null> {
  const db = await getDb();
  const normalised = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalised } });
  if (existing) return toActor(existing);
  const settings = await db.teamSettings.findUnique({ where: { id: 1 } });
  const isFirst = (await db.user.count()) === 0;
  if (!isFirst && !(settings?.allowSignup ?? false)) return null;
  const created = await db.user.create({
    data: { email: normalised, name: name.slice(0, 100), role: isFirst ? "admin" : "viewer" },
  });
  return toActor(created);
}
