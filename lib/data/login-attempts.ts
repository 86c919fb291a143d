import "server-only";
import { getDb } from "@/lib/db";

export const LOGIN_WINDOW_MS = 10 * 60 * 1000;
export const MAX_LOGIN_FAILURES = 10;

/**
 * Kept in the database rather than in memory so the limit holds across several app
 * instances behind a load balancer.
 */
export async function isLoginBlocked(email: string, ip: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_LOGIN_FAILURES || byIp >= MAX_LOGIN_FAILURES;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  const db = await getDb();
  await db.loginAttempt.create({ data: { email, ip, success } });
  // Old rows carry no information for the limit; trim them now and then.
  if (Math.random() < 0.01) {
    await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
  }
}
