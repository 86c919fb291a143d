import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import {
  createApiToken,
  findActorByApiToken,
  listApiTokens,
  revokeApiToken,
} from "@/lib/data/people/api-tokens";

describe("personal API tokens", () => {
  it("authenticates as their owner until revoked, and are stored only hashed", async () => {
    const owner = await createTestActor("reviewer");
    const { token, summary } = await createApiToken(owner, "script");
    expect(token).toMatch(/^fm_/);
    expect((await findActorByApiToken(token))?.id).toBe(owner.id);

    const db = await getDb();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).not.toContain(token.slice(3));
    expect(row.prefix).toBe(token.slice(0, 10));

    await revokeApiToken(owner, summary.id);
    expect(await findActorByApiToken(token)).toBeNull();
    expect(await listApiTokens(owner)).toEqual([]);
  });

  it("cannot be revoked or listed by another user", async () => {
    const owner = await createTestActor("reviewer");
    const other = await createTestActor("admin");
    const { token, summary } = await createApiToken(owner, "mine");
    await expect(revokeApiToken(other, summary.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApiTokens(other)).toEqual([]);
    expect((await findActorByApiToken(token))?.id).toBe(owner.id);
  });

  it("stop working when their owner is deactivated", async () => {
    const owner = await createTestActor("reviewer");
    const { token } = await createApiToken(owner, "soon gone");
    const db = await getDb();
    await db.user.update({ where: { id: owner.id }, data: { deactivatedAt: new Date() } });
    expect(await findActorByApiToken(token)).toBeNull();
  });
});
