import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/token-hash";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestActor } from "@/lib/testing/factories";
import { createInvitation, listUsers } from "@/lib/data/people/admin-users";
import {
  changeUserRole,
  setUserActive,
  updateUserAccess,
  updateUserAccessIn,
} from "@/lib/data/people/user-access";
import { createApiToken, findActorByApiToken } from "@/lib/data/people/api-tokens";
import { consumePasswordToken, inspectPasswordToken } from "@/lib/data/people/password-tokens";
import { findActorById, verifyCredentials } from "@/lib/data/people/users";

const email = () => `invitee-${randomUUID()}@test.invalid`;
const tokenOf = (link: string) => new URL(link, "http://x.invalid").searchParams.get("token") ?? "";

async function auditOf(userId: string) {
  const db = await getDb();
  const events = await db.auditEvent.findMany({
    where: { entityType: "user", entityId: userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return events.map((e) => ({
    action: e.action,
    before: e.before && JSON.parse(e.before),
    after: e.after && JSON.parse(e.after),
  }));
}

class Rollback extends Error {}

/**
 * Runs `body` in a transaction that is always rolled back. The unit-test database is shared
 * with other test files running at the same time, and holds an unknown number of admins, so
 * "this is the last admin" can only be staged where nobody else can see it: inside one
 * transaction (other connections never see its uncommitted writes, and it is undone after).
 */
async function inRolledBackTransaction(
  body: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  const db = await getDb();
  const run = db.$transaction(
    async (tx) => {
      await body(tx);
      throw new Rollback();
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  await expect(run).rejects.toBeInstanceOf(Rollback);
}

describe("changing roles", () => {
  it("takes effect on the user's next request and is audited with before and after", async () => {
    const admin = await createTestActor("admin");
    const viewer = await createTestActor("viewer", "Role Changer");
    const summary = await changeUserRole(admin, viewer.id, "reviewer");
    expect(summary).toMatchObject({ id: viewer.id, role: "reviewer", active: true });
    // Sessions and tokens are re-read per request through findActorById/toActor.
    expect((await findActorById(viewer.id))?.role).toBe("reviewer");
    expect(await auditOf(viewer.id)).toEqual([
      { action: "user.role", before: { role: "viewer" }, after: { role: "reviewer" } },
    ]);
  });

  it("writes nothing when the role is already the one asked for", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    expect(await changeUserRole(admin, editor.id, "editor")).toMatchObject({ role: "editor" });
    expect(await auditOf(editor.id)).toEqual([]);
  });

  it.each(["editor", "reviewer", "viewer"] as const)(
    "is refused to a non-admin (%s)",
    async (role) => {
      const actor = await createTestActor(role);
      const target = await createTestActor("viewer");
      await expect(changeUserRole(actor, target.id, "admin")).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(setUserActive(actor, target.id, false)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listUsers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        createInvitation(actor, { email: email(), name: "X", role: "viewer" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await findActorById(target.id))?.role).toBe("viewer");
    },
  );

  it("answers 404 for an account that does not exist", async () => {
    const admin = await createTestActor("admin");
    await expect(changeUserRole(admin, "no-such-user", "editor")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets an admin demote another admin while a second active admin remains", async () => {
    const first = await createTestActor("admin");
    const second = await createTestActor("admin");
    expect(await changeUserRole(first, second.id, "editor")).toMatchObject({ role: "editor" });
    expect(await auditOf(second.id)).toEqual([
      { action: "user.role", before: { role: "admin" }, after: { role: "editor" } },
    ]);
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated: 409 and nothing written", async () => {
    const admin = await createTestActor("admin", "Last Admin");
    await inRolledBackTransaction(async (tx) => {
      // Staged inside the transaction only: every other admin is deactivated, so `admin` is the last one.
      await tx.user.updateMany({
        where: { role: "admin", deactivatedAt: null, id: { not: admin.id } },
        data: { deactivatedAt: new Date() },
      });
      expect(await tx.user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);

      for (const changes of [
        { role: "editor" as const },
        { role: "viewer" as const },
        { active: false },
        { role: "reviewer" as const, active: false },
      ]) {
        await expect(updateUserAccessIn(tx, admin, admin.id, changes)).rejects.toMatchObject({
          code: "CONFLICT",
          message: expect.stringContaining("last active admin"),
        });
      }
      expect(await tx.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        role: "admin",
        deactivatedAt: null,
      });
      expect(await tx.auditEvent.count({ where: { entityId: admin.id } })).toBe(0);

      // Once someone else is an admin, the same demotion is fine.
      const other = await tx.user.create({
        data: { email: email(), name: "Other Admin", role: "viewer" },
      });
      await updateUserAccessIn(tx, admin, other.id, { role: "admin" });
      expect(await updateUserAccessIn(tx, admin, admin.id, { role: "editor" })).toMatchObject({
        role: "editor",
      });
    });
    // The rollback left the shared database as it was.
    expect((await findActorById(admin.id))?.role).toBe("admin");
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("is decided inside the transaction of the write: two admins demoting each other at once cannot both succeed", async () => {
    const a = await createTestActor("admin");
    const b = await createTestActor("admin");
    // Whichever runs second finds its actor no longer an admin (re-read under the same lock as
    // the count), so at most one demotion happens, however many other admins there are.
    const results = await Promise.allSettled([
      changeUserRole(a, b.id, "editor"),
      changeUserRole(b, a.id, "editor"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "FORBIDDEN" });
    const roles = [(await findActorById(a.id))?.role, (await findActorById(b.id))?.role].sort();
    expect(roles).toEqual(["admin", "editor"]);
  });
});

describe("deactivating and reactivating", () => {
  it("stops sign-in, sessions and API tokens, keeps the annotations attributed, and is undone by reactivation", async () => {
    const admin = await createTestActor("admin");
    const reviewer = await createTestActor("reviewer", "Deactivated Dana");
    const db = await getDb();
    const article = await db.article.create({
      data: { title: "T", body: "Some text here.", createdById: reviewer.id },
    });
    const annotation = await db.annotation.create({
      data: {
        articleId: article.id,
        authorId: reviewer.id,
        status: "disputed",
        start: 0,
        end: 4,
        exact: "Some",
      },
    });
    const { token } = await createApiToken(reviewer, "script");

    expect(await setUserActive(admin, reviewer.id, false)).toMatchObject({
      active: false,
      role: "reviewer",
    });
    expect(await findActorById(reviewer.id)).toBeNull();
    expect(await findActorByApiToken(token)).toBeNull();
    const kept = await db.annotation.findUniqueOrThrow({
      where: { id: annotation.id },
      include: { author: { select: { name: true } } },
    });
    expect(kept).toMatchObject({ deletedAt: null, author: { name: "Deactivated Dana" } });
    expect((await listUsers(admin)).find((u) => u.id === reviewer.id)).toMatchObject({
      active: false,
    });

    expect(await setUserActive(admin, reviewer.id, true)).toMatchObject({ active: true });
    expect((await findActorById(reviewer.id))?.role).toBe("reviewer");
    expect((await findActorByApiToken(token))?.id).toBe(reviewer.id);
    expect(await auditOf(reviewer.id)).toEqual([
      { action: "user.deactivate", before: { active: true }, after: { active: false } },
      { action: "user.reactivate", before: { active: false }, after: { active: true } },
    ]);
  });

  it("refuses an admin deactivating their own account", async () => {
    const admin = await createTestActor("admin");
    await createTestActor("admin"); // so the last-admin rule is not what refuses
    await expect(setUserActive(admin, admin.id, false)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("your own account"),
    });
    expect(await findActorById(admin.id)).not.toBeNull();
  });

  it("changes role and active state together, one audit event each", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    expect(
      await updateUserAccess(admin, editor.id, { role: "viewer", active: false }),
    ).toMatchObject({ role: "viewer", active: false });
    expect((await auditOf(editor.id)).map((e) => e.action)).toEqual([
      "user.role",
      "user.deactivate",
    ]);
  });
});

describe("invitations", () => {
  it("create an account without a password and a one-time link, stored only hashed", async () => {
    const admin = await createTestActor("admin");
    const address = email();
    const { user, link } = await createInvitation(admin, {
      email: address,
      name: "Ivy Invitee",
      role: "reviewer",
    });
    expect(user).toMatchObject({
      email: address,
      name: "Ivy Invitee",
      role: "reviewer",
      active: true,
      invitationPending: true,
    });
    expect(link).toMatch(/^\/set-password\?token=fmpw_[\w-]{40,}$/);
    const token = tokenOf(link);

    const db = await getDb();
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { passwordTokens: true },
    });
    expect(row.passwordHash).toBeNull();
    expect(row.passwordTokens).toHaveLength(1);
    expect(row.passwordTokens[0]!.tokenHash).toBe(hashToken(token));
    const days = (row.passwordTokens[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [audit] = await auditOf(user.id);
    expect(audit).toMatchObject({
      action: "user.invite",
      after: { email: address, role: "reviewer" },
    });
    expect(JSON.stringify(audit)).not.toContain(token);
    // No password yet: signing in fails until the link is used.
    expect(await verifyCredentials(address, "")).toBeNull();

    expect(await inspectPasswordToken(token)).toEqual({
      ok: true,
      email: address,
      name: "Ivy Invitee",
    });
    expect(await consumePasswordToken(token, "a-new-long-password")).toEqual({ email: address });
    expect((await verifyCredentials(address, "a-new-long-password"))?.id).toBe(user.id);
    expect((await listUsers(admin)).find((u) => u.id === user.id)).toMatchObject({
      invitationPending: false,
    });

    // One time only.
    expect(await inspectPasswordToken(token)).toMatchObject({ ok: false, reason: "used" });
    await expect(consumePasswordToken(token, "another-long-password")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("already been used"),
    });
    expect(await verifyCredentials(address, "another-long-password")).toBeNull();
  });

  it("refuse an email that already has an account, with a field error", async () => {
    const admin = await createTestActor("admin");
    const existing = await createTestActor("viewer");
    await expect(
      createInvitation(admin, { email: existing.email, name: "Twice", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { email: [expect.stringContaining("already exists")] } },
    });
  });

  it("have links that expire, and unknown links are refused clearly", async () => {
    const admin = await createTestActor("admin");
    const { user, link } = await createInvitation(admin, {
      email: email(),
      name: "Late Larry",
      role: "viewer",
    });
    const db = await getDb();
    await db.passwordToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await inspectPasswordToken(tokenOf(link))).toMatchObject({
      ok: false,
      reason: "expired",
    });
    await expect(consumePasswordToken(tokenOf(link), "a-new-long-password")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("expired"),
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBeNull();

    expect(await inspectPasswordToken("fmpw_not-a-real-token")).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    await expect(
      consumePasswordToken("fmpw_not-a-real-token", "a-new-long-password"),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("stop working for a deactivated invitee", async () => {
    const admin = await createTestActor("admin");
    const { user, link } = await createInvitation(admin, {
      email: email(),
      name: "Gone Gina",
      role: "viewer",
    });
    await setUserActive(admin, user.id, false);
    expect(await inspectPasswordToken(tokenOf(link))).toMatchObject({
      ok: false,
      reason: "deactivated",
    });
    await expect(consumePasswordToken(tokenOf(link), "a-new-long-password")).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("can be used by only one of two simultaneous submissions", async () => {
    const admin = await createTestActor("admin");
    const address = email();
    const { link } = await createInvitation(admin, {
      email: address,
      name: "Racing Rae",
      role: "viewer",
    });
    const results = await Promise.allSettled([
      consumePasswordToken(tokenOf(link), "first-long-password"),
      consumePasswordToken(tokenOf(link), "second-long-password"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const db = await getDb();
    const row = await db.user.findUniqueOrThrow({ where: { email: address } });
    const winner =
      results[0]!.status === "fulfilled" ? "first-long-password" : "second-long-password";
    expect(await verifyPassword(row.passwordHash!, winner)).toBe(true);
  });
});
