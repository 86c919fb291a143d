import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/roles";
import { toActor } from "@/lib/data/people/actor-row";

/**
 * Server-side record of each signed-in browser. The session cookie (a signed JWT) only names its
 * row; revoking the row ends that session at once, wherever the cookie is replayed from.
 */
export async function startUserSession(userId: string): Promise<string> {
  const db = await getDb();
  const row = await db.userSession.create({ data: { userId }, select: { id: true } });
  return row.id;
}

/** The actor of a live session: null once it was signed out or revoked, or its account deactivated. */
export async function findActorBySession(userId: string, sessionId: string): Promise<Actor | null> {
  const db = await getDb();
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, revokedAt: true, user: true },
  });
  if (!row || row.revokedAt || row.userId !== userId) return null;
  const actor = toActor(row.user);
  return actor ? { ...actor, sessionId } : null;
}

/** Sign-out of one browser. */
export async function endUserSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/**
 * Ends a user's sessions, all of them or all but one (the browser that changed the password keeps
 * its own). Takes a transaction client so it commits with the change that calls for it.
 */
export async function endSessionsOf(
  tx: Prisma.TransactionClient,
  userId: string,
  options: { except?: string } = {},
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** "Sign out everywhere": every browser of the actor's, this one included. */
export async function endAllOwnSessions(actor: Actor): Promise<number> {
  const db = await getDb();
  return endSessionsOf(db, actor.id);
}

/** How many browsers are signed in to the actor's account now. */
export async function countOwnSessions(actor: Actor): Promise<number> {
  const db = await getDb();
  return db.userSession.count({ where: { userId: actor.id, revokedAt: null } });
}
