import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/data/people/api-tokens";
import { createTestActor } from "@/lib/testing/factories";

// next-auth does not load outside Next; these requests carry Bearer tokens, which never reach the session.
vi.mock("@/lib/auth/auth", () => ({ sessionActor: async () => null }));
const articles = await import("@/app/api/articles/route");
const article = await import("@/app/api/articles/[id]/route");
const exportRoute = await import("@/app/api/articles/[id]/export/route");

const request = (path: string, token: string, method = "GET", body?: unknown) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/articles/:id/export?version=", () => {
  it("exports an older version by number; 404 for a version the article does not have, 422 for one that is not a number", async () => {
    const { token } = await createApiToken(await createTestActor("reviewer"), "export versions");
    const created = await articles.POST(
      request("/api/articles", token, "POST", {
        title: "Rates",
        body: "Rates rose to 4 percent in May.",
      }),
      { params: Promise.resolve({}) },
    );
    const { article: added } = await created.json();
    const revised = await article.PATCH(
      request(`/api/articles/${added.id}`, token, "PATCH", {
        version: 1,
        body: "Rates rose to 5 percent in May.",
      }),
      withId(added.id),
    );
    expect(revised.status).toBe(200);
    const get = (query: string) =>
      exportRoute.GET(
        request(`/api/articles/${added.id}/export?${query}`, token),
        withId(added.id),
      );

    const old = await get("format=md&version=1");
    expect(old.status).toBe(200);
    expect(old.headers.get("content-disposition")).toBe(
      'attachment; filename="factmark-rates-v1.md"',
    );
    const oldText = await old.text();
    expect(oldText).toContain("Rates rose to 4 percent in May.");
    expect(oldText).toContain("Version 1 of this article (as first added,");
    const current = await (await get("format=md")).text();
    expect(current).toContain("Rates rose to 5 percent in May.");
    expect(current).toContain("Version 2 of this article, revised ");

    const unknown = await get("format=html&version=3");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("NOT_FOUND");
    for (const bad of ["version=0", "version=two", "version=1.5", "version=-1", "version="]) {
      const answer = await get(`format=csv&${bad}`);
      expect(answer.status, bad).toBe(422);
      const body = await answer.json();
      expect(body.error.code, bad).toBe("VALIDATION");
      expect(JSON.stringify(body), bad).not.toContain("    at ");
    }
    // The other options keep their 400.
    expect((await get("format=docx&version=1")).status).toBe(400);
  });
});
