import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { generateSecretToken, hashToken } from "@/lib/auth/token-hash";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { endSessionsOf } from "@/lib/data/people/user-sessions";

/** How long a set-password link works. */
const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// Its own prefix, so a leaked link is recognisable and never mistaken for an API token (fm_).
const PASSWORD_TOKEN_PREFIX = "fmpw_";

const setPasswordPath = (token: string) => `/set-password?token=${encodeURIComponent(token)}`;

/**
 * Makes a one-time set-password link for an account, inside the caller's transaction (so an
 * invitation never exists without its link). Only the token's hash is stored; the link is
 * returned once and cannot be recovered.
 */
export async function issuePasswordToken(
  tx: Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<{ link: string; expiresAt: Date }> {
  const token = generateSecretToken(PASSWORD_TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS);
  await tx.passwordToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
  return { link: setPasswordPath(token), expiresAt };
}

const REFUSALS = {
  invalid:
    "This link is not valid. Check that you copied all of it, or ask an admin for a new one.",
  used: "This link has already been used. Sign in with the password you chose, or ask an admin for a new link.",
  expired: "This link has expired. Ask an admin for a new one.",
  deactivated: "This account is deactivated. Ask an admin if you need access.",
} as const;
type Refusal = keyof typeof REFUSALS;

async function findToken(tx: Prisma.TransactionClient, token: string) {
  return tx.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, name: true, deactivatedAt: true } },
    },
  });
}

type FoundToken = NonNullable<Awaited<ReturnType<typeof findToken>>>;

/** Why a link cannot be used, or null when it can. */
function refusalFor(row: FoundToken, now: Date): Refusal | null {
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (row.user.deactivatedAt) return "deactivated";
  return null;
}

const refusalError = (reason: Refusal) => new AppError("VALIDATION", REFUSALS[reason], { reason });

export type PasswordTokenState =
  { ok: true; email: string; name: string } | { ok: false; reason: Refusal; message: string };

const refused = (reason: Refusal): PasswordTokenState => ({
  ok: false,
  reason,
  message: REFUSALS[reason],
});

/** Public (the token is the credential): lets the set-password page say up front whether the link still works. */
export async function inspectPasswordToken(token: string): Promise<PasswordTokenState> {
  const db = await getDb();
  const row = await findToken(db, token);
  if (!row) return refused("invalid");
  const reason = refusalFor(row, new Date());
  if (reason) return refused(reason);
  return { ok: true, email: row.user.email, name: row.user.name };
}

/**
 * Sets the account's password and uses up the link (and any other open link of the account).
 * Answers the account's email so the caller can sign the user in. Expired, used or unknown
 * links, and deactivated accounts, are a VALIDATION error with a clear message; nothing is
 * written then.
 */
export async function consumePasswordToken(
  token: string,
  password: string,
): Promise<{ email: string }> {
  // Hashing is slow on purpose: done before the transaction so it holds no lock meanwhile.
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const now = new Date();
  return db.$transaction(async (tx) => {
    // Claimed first, by a conditional update: of two submissions of the same link only one finds
    // it unused (and on SQLite the transaction holds the write lock from its first statement).
    const claimed = await tx.passwordToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await findToken(tx, token);
    if (!row) throw refusalError("invalid");
    if (claimed.count === 0) throw refusalError(refusalFor(row, now) ?? "used");
    if (row.user.deactivatedAt) throw refusalError("deactivated");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    // A reset ends every session of the account: whoever had the old password is out.
    await endSessionsOf(tx, row.userId);
    // Older links of the same account stop working too: the password just chosen is the one that counts.
    await tx.passwordToken.updateMany({
      where: { userId: row.userId, usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: row.userId,
      action: "user.password.set",
      entityType: "user",
      entityId: row.userId,
    });
    return { email: row.user.email };
  });
}
