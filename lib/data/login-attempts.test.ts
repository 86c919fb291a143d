import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isLoginBlocked, MAX_LOGIN_FAILURES, recordLoginAttempt } from "./login-attempts";

const fresh = () => ({ email: `${randomUUID()}@test.invalid`, ip: `ip-${randomUUID()}` });

describe("login rate limit", () => {
  it("blocks an account after 10 failures, from any address", async () => {
    const { email, ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i++) await recordLoginAttempt(email, `${ip}-${i}`, false);
    expect(await isLoginBlocked(email, "elsewhere")).toBe(false);
    await recordLoginAttempt(email, ip, false);
    expect(await isLoginBlocked(email, "elsewhere")).toBe(true);
  });

  it("blocks an address after 10 failures, for any account", async () => {
    const { ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await recordLoginAttempt(fresh().email, ip, false);
    expect(await isLoginBlocked(fresh().email, ip)).toBe(true);
  });

  it("does not count successes, and forgets failures after 10 minutes", async () => {
    const { email, ip } = fresh();
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await recordLoginAttempt(email, ip, i % 2 === 0);
    expect(await isLoginBlocked(email, ip)).toBe(false);
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) await recordLoginAttempt(email, ip, false);
    expect(await isLoginBlocked(email, ip)).toBe(true);
    expect(await isLoginBlocked(email, ip, new Date(Date.now() + 11 * 60 * 1000))).toBe(false);
  });
});
