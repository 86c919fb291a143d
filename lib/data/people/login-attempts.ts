import "server-only";
import { getDb } from "@/lib/db";

export const LOGIN_WINDOW_MS = 10 * 60 * 1000;
export const MAX_LOGIN_FAILURES = 10;
/** An address the account signed in from successfully this recently is the owner's, not a stranger's. */
const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60 * 1000;

/** What the gate decided; an admitted attempt must be finished with `finishLoginAttempt`. */
export type LoginGate =
  { admitted: true; email: string; ip: string; keys: string[] } | { admitted: false };

/**
 * Counts an attempt against its limits *before* the password is evaluated, one atomic increment per
 * key, so parallel guesses cannot overshoot the limit. Kept in the database so the limits hold across
 * app instances. The keys:
 * - the address, whatever the account (a password spray from one place);
 * - from an address this account already signed in from: that account at that address only, so a
 *   stranger elsewhere cannot lock the owner out of their usual device;
 * - from any other address: the account, shared by all unknown addresses (a distributed guess).
 */
export async function admitLoginAttempt(
  email: string,
  ip: string,
  now = new Date(),
): Promise<LoginGate> {
  const known = await isKnownAddress(email, ip, now);
  const keys = [`ip:${ip}`, known ? `account-at:${email}\n${ip}` : `account:${email}`];
  const counts = await Promise.all(keys.map((key) => countAttempt(key, now)));
  if (counts.some((count) => count > MAX_LOGIN_FAILURES)) return { admitted: false };
  return { admitted: true, email, ip, keys };
}

/** Records the outcome; a success gives its attempt back, so only failures use up the limit. */
export async function finishLoginAttempt(
  gate: Extract<LoginGate, { admitted: true }>,
  success: boolean,
): Promise<void> {
  const db = await getDb();
  await db.loginAttempt.create({ data: { email: gate.email, ip: gate.ip, success } });
  // One row per statement: a single UPDATE of both keys deadlocked on PostgreSQL against another
  // sign-in's (40P01, each holding one row while rechecking the other); a statement that holds
  // one row at a time never waits while holding.
  if (success)
    for (const key of [...gate.keys].sort())
      await db.loginThrottle.updateMany({
        where: { key, attempts: { gt: 0 } },
        data: { attempts: { decrement: 1 } },
      });
  // Old rows carry no information for the limits; trim them now and then.
  if (Math.random() < 0.01) {
    const now = Date.now();
    await db.loginAttempt.deleteMany({
      where: { success: false, createdAt: { lt: new Date(now - 24 * 60 * 60 * 1000) } },
    });
    await db.loginAttempt.deleteMany({
      where: { createdAt: { lt: new Date(now - KNOWN_ADDRESS_MS) } },
    });
    await db.loginThrottle.deleteMany({
      where: { windowStart: { lt: new Date(now - LOGIN_WINDOW_MS) } },
    });
  }
}

async function isKnownAddress(email: string, ip: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const hit = await db.loginAttempt.findFirst({
    where: {
      email,
      ip,
      success: true,
      createdAt: { gte: new Date(now.getTime() - KNOWN_ADDRESS_MS) },
    },
    select: { id: true },
  });
  return hit !== null;
}

/** This attempt's number in the key's current window (1 for the first). */
async function countAttempt(key: string, now: Date): Promise<number> {
  const db = await getDb();
  // An expired window starts again. Racing requests may both delete: each upsert below still counts once.
  await db.loginThrottle.deleteMany({
    where: { key, windowStart: { lt: new Date(now.getTime() - LOGIN_WINDOW_MS) } },
  });
  // Prisma runs this as one INSERT … ON CONFLICT DO UPDATE on SQLite and PostgreSQL: atomic per key.
  const row = await db.loginThrottle.upsert({
    where: { key },
    create: { key, attempts: 1, windowStart: now },
    update: { attempts: { increment: 1 } },
    select: { attempts: true },
  });
  return row.attempts;
}
