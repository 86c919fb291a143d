import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  admitLoginAttempt,
  finishLoginAttempt,
  LOGIN_WINDOW_MS,
  MAX_LOGIN_FAILURES,
  type LoginGate,
} from "@/lib/data/people/login-attempts";

const fresh = () => ({ email: `${randomUUID()}@test.invalid`, ip: `ip-${randomUUID()}` });

/** One sign-in attempt as the credentials provider makes it: admit, evaluate, finish. */
async function attempt(email: string, ip: string, success: boolean, now?: Date): Promise<boolean> {
  const gate: LoginGate = await admitLoginAttempt(email, ip, now);
  if (!gate.admitted) return false;
  await finishLoginAttempt(gate, success);
  return true;
}

describe("sign-in limits", () => {
  it("refuses an account from new addresses after 10 failures spread over many addresses", async () => {
    const { email, ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++)
      expect(await attempt(email, `${ip}-${i}`, false)).toBe(true);
    expect(await attempt(email, "somewhere-new", true)).toBe(false);
  });

  it("refuses an address after 10 failures, for any account", async () => {
    const { ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++)
      expect(await attempt(fresh().email, ip, false)).toBe(true);
    expect(await attempt(fresh().email, ip, true)).toBe(false);
  });

  it("admits at most the limit of parallel guesses: the check and the count are one step", async () => {
    const { email, ip } = fresh();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => admitLoginAttempt(email, `${ip}-${i}`)),
    );
    expect(results.filter((gate) => gate.admitted)).toHaveLength(MAX_LOGIN_FAILURES);

    const spray = fresh().ip;
    const sprayed = await Promise.all(
      Array.from({ length: 30 }, () => admitLoginAttempt(fresh().email, spray)),
    );
    expect(sprayed.filter((gate) => gate.admitted)).toHaveLength(MAX_LOGIN_FAILURES);
  });

  it("keeps the owner's right password working from their usual address while a stranger guesses", async () => {
    const { email, ip: home } = fresh();
    expect(await attempt(email, home, true)).toBe(true);
    for (let i = 0; i < MAX_LOGIN_FAILURES + 5; i++) await attempt(email, `stranger-${i}`, false);
    expect(await attempt(email, "another-stranger", true)).toBe(false);
    expect(await attempt(email, home, true)).toBe(true);
    // The owner's own address still has its own limit for wrong passwords.
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await attempt(email, home, false);
    expect(await attempt(email, home, true)).toBe(false);
  });

  it("does not count successes, and forgets failures after the window", async () => {
    const { email, ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES * 2; i++)
      expect(await attempt(email, ip, i % 2 === 0)).toBe(true);
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await attempt(email, ip, false);
    expect(await attempt(email, ip, false)).toBe(false);
    expect(await attempt(email, ip, true, new Date(Date.now() + LOGIN_WINDOW_MS + 60_000))).toBe(
      true,
    );
  });
});
