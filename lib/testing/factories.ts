import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Actor, Role } from "@/lib/permissions/roles";

/** A user with a unique email, made straight in the database, for data-layer tests. */
export async function createTestActor(role: Role, name = `Test ${role}`): Promise<Actor> {
  const db = await getDb();
  const user = await db.user.create({
    data: { email: `${role}-${randomUUID()}@test.invalid`, name, role },
  });
  return { id: user.id, email: user.email, name: user.name, role };
}
