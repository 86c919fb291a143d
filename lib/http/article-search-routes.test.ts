import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/data/people/api-tokens";
import { createTestActor } from "@/lib/testing/factories";

// next-auth does not load outside Next; these requests carry Bearer tokens, which never reach the session.
vi.mock("@/lib/auth/auth", () => ({ sessionActor: async () => null }));
const articles = await import("@/app/api/articles/route");
const archive = await import("@/app/api/articles/[id]/archive/route");
const restore = await import("@/app/api/articles/[id]/restore/route");

const tokenFor = async (role: "reviewer" | "editor") =>
  (await createApiToken(await createTestActor(role), "search routes")).token;
const request = (path: string, token: string, method = "GET", body?: unknown) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const none = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/articles and archive/restore", () => {
  it("searches with ?q=, answers the page beside the articles, and refuses bad parameters with 422", async () => {
    const reviewer = await tokenFor("reviewer");
    const tag = `r${randomUUID().slice(0, 8)}`;
    const created = await articles.POST(
      request("/api/articles", reviewer, "POST", {
        title: `Route ${tag}`,
        body: `Body with ${tag}.`,
      }),
      none,
    );
    const { article } = await created.json();

    const found = await articles.GET(
      request(`/api/articles?q=${encodeURIComponent(`"${tag}" * : ""`)}&sort=relevance`, reviewer),
      none,
    );
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({
      articles: [{ id: article.id, title: `Route ${tag}`, snippet: expect.any(Array) }],
      total: 1,
      page: 1,
      pageSize: 100,
    });

    for (const bad of ["pageSize=500", "sort=sideways", "hasDisputed=perhaps", "nonsense=1"]) {
      const answer = await articles.GET(request(`/api/articles?${bad}`, reviewer), none);
      expect(answer.status, bad).toBe(422);
      expect((await answer.json()).error.code).toBe("VALIDATION");
    }
    const archived = await articles.GET(request("/api/articles?archived=archived", reviewer), none);
    expect(archived.status).toBe(403);
  });

  it("archives and restores for editors only (403 for a reviewer, 404 for an unknown id)", async () => {
    const reviewer = await tokenFor("reviewer");
    const editor = await tokenFor("editor");
    const { article } = await (
      await articles.POST(
        request("/api/articles", reviewer, "POST", { title: "To archive", body: "Text." }),
        none,
      )
    ).json();

    expect(
      (
        await archive.POST(
          request(`/api/articles/${article.id}/archive`, reviewer, "POST"),
          withId(article.id),
        )
      ).status,
    ).toBe(403);
    const done = await archive.POST(
      request(`/api/articles/${article.id}/archive`, editor, "POST"),
      withId(article.id),
    );
    expect(done.status).toBe(200);
    expect((await done.json()).article.archivedAt).toEqual(expect.any(String));
    expect(
      (
        await restore.POST(
          request(`/api/articles/${article.id}/restore`, reviewer, "POST"),
          withId(article.id),
        )
      ).status,
    ).toBe(403);
    const back = await restore.POST(
      request(`/api/articles/${article.id}/restore`, editor, "POST"),
      withId(article.id),
    );
    expect((await back.json()).article.archivedAt).toBeNull();
    expect(
      (await archive.POST(request("/api/articles/nope/archive", editor, "POST"), withId("nope")))
        .status,
    ).toBe(404);
  });
});
