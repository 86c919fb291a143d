import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canManageTeam, type Actor } from "@/lib/permissions/roles";
import type { CreateUserInput } from "@/lib/validation/admin";
import { recordAudit } from "./audit";

export type UserSummary = { id: string; email: string; name: string; role: string; active: boolean; createdAt: string };

/** An admin creates an account with a role (the API's way to add team members). */
export async function createUserByAdmin(actor: Actor, input: CreateUserInput): Promise<UserSummary> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can create accounts");
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An account with this email already exists", { fieldErrors: { email: ["An account with this email already exists"] } });
    }
    const created = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash } });
    await recordAudit(tx, { actorId: actor.id, action: "user.create", entityType: "user", entityId: created.id, after: { email: created.email, role: created.role } });
    return created;
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: true, createdAt: user.createdAt.toISOString() };
}

export async function listUsers(actor: Actor): Promise<UserSummary[]> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can list accounts");
  const db = await getDb();
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" } });
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, active: !u.deactivatedAt, createdAt: u.createdAt.toISOString() }));
}
