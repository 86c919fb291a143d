import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser } from "./support/users";

test("review, reply and settle rules hold from the API, including attempts to act on others' things by id", async ({
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const bob = await createUser(playwright, baseURL, "reviewer");
  const viewer = await createUser(playwright, baseURL, "viewer");
  const editorA = await createUser(playwright, baseURL, "editor");
  const editorB = await createUser(playwright, baseURL, "editor");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const bobApi = await apiAs(playwright, baseURL, bob);
  const viewerApi = await apiAs(playwright, baseURL, viewer);
  const editorAApi = await apiAs(playwright, baseURL, editorA);
  const editorBApi = await apiAs(playwright, baseURL, editorB);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "the mayor denied");
  const reviews = `/api/annotations/${annotation.id}/reviews`;
  const replies = `/api/annotations/${annotation.id}/replies`;
  const settle = `/api/annotations/${annotation.id}/settle`;

  // Reviewing: not one's own, not as a viewer, a reason for disagreeing.
  expect((await aliceApi.post(reviews, { data: { verdict: "agree" } })).status()).toBe(403);
  expect((await viewerApi.post(reviews, { data: { verdict: "agree" } })).status()).toBe(403);
  expect((await bobApi.post(reviews, { data: { verdict: "disagree" } })).status()).toBe(422);
  expect((await bobApi.post(reviews, { data: { verdict: "maybe" } })).status()).toBe(422);
  expect(
    (await bobApi.post(reviews, { data: { verdict: "agree", reviewerId: alice.id } })).status(),
  ).toBe(422);
  expect((await bobApi.post(reviews, { data: { verdict: "agree" } })).status()).toBe(201);
  const { annotation: reviewed } = await (
    await aliceApi.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(reviewed.reviews).toHaveLength(1);
  expect(reviewed.reviews[0].reviewer.id).toBe(bob.id);

  // Replies: viewers may not; too long is refused; others' replies cannot be edited or deleted by id.
  expect((await viewerApi.post(replies, { data: { body: "hello" } })).status()).toBe(403);
  expect((await bobApi.post(replies, { data: { body: "x".repeat(10_001) } })).status()).toBe(422);
  expect((await bobApi.post(replies, { data: { body: "  " } })).status()).toBe(422);
  const created = await aliceApi.post(replies, { data: { body: "Source added." } });
  expect(created.status()).toBe(201);
  const { reply } = await created.json();
  expect(
    (await bobApi.patch(`/api/replies/${reply.id}`, { data: { body: "Hijacked" } })).status(),
  ).toBe(403);
  expect((await bobApi.delete(`/api/replies/${reply.id}`)).status()).toBe(403);
  expect((await viewerApi.get(replies)).status()).toBe(200);
  expect((await (await viewerApi.get(replies)).json()).replies[0].body).toBe("Source added.");
  expect(
    (await editorAApi.patch(`/api/replies/${reply.id}`, { data: { body: "Moderated." } })).status(),
  ).toBe(200);

  // Settling: editors only, from the version read; two at once from the same version: one wins, one is told.
  const { annotation: current } = await (
    await aliceApi.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(
    (
      await bobApi.post(settle, { data: { decision: "approved", version: current.version } })
    ).status(),
  ).toBe(403);
  expect(
    (
      await viewerApi.post(settle, { data: { decision: "approved", version: current.version } })
    ).status(),
  ).toBe(403);
  expect(
    (
      await editorAApi.post(settle, { data: { decision: "maybe", version: current.version } })
    ).status(),
  ).toBe(422);
  const unversioned = await editorAApi.post(settle, { data: { decision: "approved" } });
  expect(unversioned.status()).toBe(422);
  expect((await unversioned.json()).error.code).toBe("VALIDATION");
  const [first, second] = await Promise.all([
    editorAApi.post(settle, { data: { decision: "approved", version: current.version } }),
    editorBApi.post(settle, { data: { decision: "rejected", version: current.version } }),
  ]);
  expect([first.status(), second.status()].sort()).toEqual([200, 409]);
  const loser = first.status() === 409 ? first : second;
  expect((await loser.json()).error.details).toMatchObject({ version: current.version + 1 });
  const { events } = await (await aliceApi.get(`/api/annotations/${annotation.id}/history`)).json();
  expect(events.filter((e: { action: string }) => e.action === "annotation.settle")).toHaveLength(
    1,
  );

  // Nothing works on a deleted annotation, and unknown ids are 404.
  expect((await aliceApi.delete(`/api/annotations/${annotation.id}`)).status()).toBe(204);
  expect((await bobApi.post(replies, { data: { body: "Too late" } })).status()).toBe(404);
  expect((await bobApi.post(reviews, { data: { verdict: "agree" } })).status()).toBe(404);
  expect(
    (
      await editorAApi.post("/api/annotations/no-such-id/settle", {
        data: { decision: "approved", version: 1 },
      })
    ).status(),
  ).toBe(404);

  await Promise.all(
    [aliceApi, bobApi, viewerApi, editorAApi, editorBApi].map((api) => api.dispose()),
  );
});
