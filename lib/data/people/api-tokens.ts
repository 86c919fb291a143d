import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { generateSecretToken, hashToken } from "@/lib/auth/token-hash";
import type { Actor } from "@/lib/permissions/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { batchedRead } from "@/lib/data/batched-read";
import { toActor } from "@/lib/data/people/users";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

const MAX_TOKENS_PER_USER = 50;

/** Returns the token itself once; only its hash is stored. */
export async function createApiToken(
  actor: Actor,
  name: string,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const db = await getDb();
  const token = generateSecretToken();
  const row = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
    if (active >= MAX_TOKENS_PER_USER) {
      throw new AppError(
        "CONFLICT",
        `You already have ${MAX_TOKENS_PER_USER} tokens: revoke one first`,
      );
    }
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.create",
      entityType: "apiToken",
      entityId: created.id,
      after: { name },
    });
    return created;
  });
  return {
    token,
    summary: {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
    },
  };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenSummary[]> {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    // Scoped by owner: another user's token id is simply not found.
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("Token");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "apiToken",
      entityId: tokenId,
    });
  });
}

type TokenRow = {
  tokenHash: string;
  id: string;
  revokedAt: Date | string | null;
  lastUsedAt: Date | string | null;
  userId: string;
  email: string;
  name: string;
  role: string;
  deactivatedAt: Date | string | null;
};

/**
 * Read on every API request, so as raw SQL (a typed findUnique with the user costs about five
 * times as much CPU: Prisma compiles every typed query again), and batched: lookups that arrive
 * while one runs share the next query (batched-read.ts). Nothing is cached: a revoked token or a
 * deactivated user is refused on the very next request.
 */
const readTokens = batchedRead<string, TokenRow>(async (hashes) => {
  const db = await getDb();
  const rows = await db.$queryRaw<
    TokenRow[]
  >`SELECT t."tokenHash", t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name", u."role", u."deactivatedAt" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" IN (${Prisma.join(hashes)})`;
  return new Map(rows.map((row) => [row.tokenHash, row]));
});

const LAST_USED_EVERY_MS = 60_000;
/** When this process last wrote a token's lastUsedAt (not an authorization cache: only that informational write is skipped). */
const lastUsedWrites = new Map<string, number>();

export async function findActorByApiToken(token: string): Promise<Actor | null> {
  const row = await readTokens(hashToken(token));
  if (!row || row.revokedAt !== null) return null;
  // lastUsedAt is informational; at most one write a minute per token keeps reads cheap. The
  // requests of one batch all see the same old value: only the first of them in this process writes.
  const now = Date.now();
  if (
    (row.lastUsedAt === null || now - new Date(row.lastUsedAt).getTime() > LAST_USED_EVERY_MS) &&
    now - (lastUsedWrites.get(row.id) ?? 0) > LAST_USED_EVERY_MS
  ) {
    if (lastUsedWrites.size > 10_000) lastUsedWrites.clear();
    lastUsedWrites.set(row.id, now);
    const db = await getDb();
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return toActor({
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    deactivatedAt: row.deactivatedAt === null ? null : new Date(row.deactivatedAt),
  });
}
