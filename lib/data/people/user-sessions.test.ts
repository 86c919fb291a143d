import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { setUserActive } from "@/lib/data/people/user-access";
import { consumePasswordToken, issuePasswordToken } from "@/lib/data/people/password-tokens";
import {
  countOwnSessions,
  endAllOwnSessions,
  endUserSession,
  findActorBySession,
  startUserSession,
} from "@/lib/data/people/user-sessions";
import { changeOwnPassword } from "@/lib/data/people/users";

async function actorWithPassword(password: string) {
  const actor = await createTestActor("reviewer");
  const db = await getDb();
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(password) },
  });
  return actor;
}

describe("server-side sessions", () => {
  it("a session works until it is signed out, and then never again", async () => {
    const actor = await createTestActor("reviewer");
    const sid = await startUserSession(actor.id);
    expect(await findActorBySession(actor.id, sid)).toMatchObject({
      id: actor.id,
      role: "reviewer",
      sessionId: sid,
    });
    await endUserSession(sid);
    expect(await findActorBySession(actor.id, sid)).toBeNull();
  });

  it("a session id is only good for its own user", async () => {
    const [a, b] = await Promise.all([createTestActor("reviewer"), createTestActor("admin")]);
    const sid = await startUserSession(a.id);
    expect(await findActorBySession(b.id, sid)).toBeNull();
    expect(await findActorBySession(a.id, "no-such-session")).toBeNull();
  });

  it("a password change ends the account's other sessions and keeps the one that made it", async () => {
    const actor = await actorWithPassword("violet-harbour-47");
    const [here, laptop, phone] = await Promise.all([
      startUserSession(actor.id),
      startUserSession(actor.id),
      startUserSession(actor.id),
    ]);
    const other = await createTestActor("reviewer");
    const othersSession = await startUserSession(other.id);
    await changeOwnPassword(
      { ...actor, sessionId: here },
      "violet-harbour-47",
      "amber-lighthouse-82",
    );
    expect(await findActorBySession(actor.id, here)).not.toBeNull();
    expect(await findActorBySession(actor.id, laptop)).toBeNull();
    expect(await findActorBySession(actor.id, phone)).toBeNull();
    expect(await findActorBySession(other.id, othersSession)).not.toBeNull();
  });

  it("setting a password from a reset link ends every session of the account", async () => {
    const actor = await actorWithPassword("violet-harbour-47");
    const sid = await startUserSession(actor.id);
    const db = await getDb();
    const { link } = await db.$transaction((tx) => issuePasswordToken(tx, actor.id));
    await consumePasswordToken(
      new URL(link, "http://x.invalid").searchParams.get("token") ?? "",
      "amber-lighthouse-82",
    );
    expect(await findActorBySession(actor.id, sid)).toBeNull();
  });

  it("deactivation ends the account's sessions for good: reactivating does not revive them", async () => {
    const admin = await createTestActor("admin");
    const actor = await createTestActor("reviewer");
    const sid = await startUserSession(actor.id);
    await setUserActive(admin, actor.id, false);
    expect(await findActorBySession(actor.id, sid)).toBeNull();
    await setUserActive(admin, actor.id, true);
    expect(await findActorBySession(actor.id, sid)).toBeNull();
  });

  it("sign out everywhere ends all of the actor's sessions and counts them first", async () => {
    const actor = await createTestActor("viewer");
    const sids = await Promise.all([startUserSession(actor.id), startUserSession(actor.id)]);
    expect(await countOwnSessions(actor)).toBe(2);
    expect(await endAllOwnSessions(actor)).toBe(2);
    for (const sid of sids) expect(await findActorBySession(actor.id, sid)).toBeNull();
    expect(await countOwnSessions(actor)).toBe(0);
  });
});
