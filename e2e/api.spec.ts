import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/demo";

async function signedIn(
  playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
  email: string,
) {
  const request = await playwright.request.newContext({ baseURL });
  await signInViaApi(request, email, DEMO_PASSWORD);
  return request;
}

const article = (suffix: string) => ({
  title: `API article ${suffix}`,
  body: "First paragraph.\r\n\r\n\r\nSecond paragraph.  ",
  outlet: "Test Wire",
});

test("health answers without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    ok: true,
    database: expect.stringMatching(/^(sqlite|postgresql)$/),
  });
});

test("anonymous API requests get 401 JSON", async ({ request }) => {
  for (const path of [
    "/api/articles",
    "/api/articles/abc",
    "/api/articles/abc/annotations",
    "/api/no-such-route",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: expect.any(String) },
    });
  }
  const post = await request.post("/api/articles", { data: article("anon") });
  expect(post.status()).toBe(401);
});

test("a reviewer creates an article and reads it back; bad input gets clear 4xx errors", async ({
  playwright,
  baseURL,
}) => {
  const api = await signedIn(playwright, baseURL, DEMO.alice);
  const suffix = uniqueSuffix();
  const created = await api.post("/api/articles", {
    data: { ...article(suffix), publishedAt: "2021-03-17", url: "https://example.com/story" },
  });
  expect(created.status()).toBe(201);
  const { article: saved } = await created.json();
  expect(saved).toMatchObject({
    title: `API article ${suffix}`,
    body: "First paragraph.\n\nSecond paragraph.",
    version: 1,
    outlet: "Test Wire",
    publishedAt: "2021-03-17T00:00:00.000Z",
  });

  const read = await api.get(`/api/articles/${saved.id}`);
  expect(read.status()).toBe(200);
  expect((await read.json()).article.body).toBe("First paragraph.\n\nSecond paragraph.");
  const list = await api.get("/api/articles");
  expect((await list.json()).articles.map((a: { id: string }) => a.id)).toContain(saved.id);

  const malformed = await api.post("/api/articles", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{ not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("BAD_REQUEST");

  const unknownField = await api.post("/api/articles", {
    data: { ...article(suffix), admin: true },
  });
  expect(unknownField.status()).toBe(422);
  expect((await unknownField.json()).error).toMatchObject({
    code: "VALIDATION",
    details: expect.anything(),
  });

  const noTitle = await api.post("/api/articles", { data: { body: "text" } });
  expect(noTitle.status()).toBe(422);
  expect(JSON.stringify((await noTitle.json()).error.details)).toContain("title");

  const badUrl = await api.post("/api/articles", {
    data: { ...article(suffix), url: "javascript:alert(1)" },
  });
  expect(badUrl.status()).toBe(422);

  const huge = await api.post("/api/articles", {
    data: { title: "Huge", body: "x".repeat(2_000_000 + 10) },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

  // Other journeys add articles in parallel, so look for what the refused requests would have written.
  const titles = (await (await api.get("/api/articles")).json()).articles.map(
    (a: { title: string }) => a.title,
  );
  expect(
    titles.filter((t: string) => t === `API article ${suffix}`),
    "only the accepted article was written",
  ).toHaveLength(1);
  expect(titles, "the oversized article was not written").not.toContain("Huge");

  const missing = await api.get("/api/articles/no-such-article");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("NOT_FOUND");
  expect((await api.get("/api/articles/no-such-article/annotations")).status()).toBe(404);
  await api.dispose();
});

test("a viewer reads but cannot write", async ({ playwright, baseURL }) => {
  const api = await signedIn(playwright, baseURL, DEMO.viewer);
  expect((await api.get("/api/articles")).status()).toBe(200);
  const created = await api.post("/api/articles", { data: article(uniqueSuffix()) });
  expect(created.status()).toBe(403);
  expect((await created.json()).error.code).toBe("FORBIDDEN");
  await api.dispose();
});

test("annotations: created through the API with a validated target, listed in text order", async ({
  playwright,
  baseURL,
}) => {
  const api = await signedIn(playwright, baseURL, DEMO.bob);
  const body =
    "The minister said unemployment fell to 3 percent in May.\n\nCritics disputed the figure.";
  const { article: saved } = await (
    await api.post("/api/articles", { data: { title: `Annotated ${uniqueSuffix()}`, body } })
  ).json();
  const quote = "unemployment fell to 3 percent";
  const start = body.indexOf(quote);
  const target = { start, end: start + quote.length, exact: quote };

  const noSource = await api.post(`/api/articles/${saved.id}/annotations`, {
    data: { status: "sourced", note: "", target },
  });
  expect(noSource.status()).toBe(422);
  expect(JSON.stringify((await noSource.json()).error.details)).toContain("at least one source");

  const mismatched = await api.post(`/api/articles/${saved.id}/annotations`, {
    data: { status: "disputed", target: { ...target, exact: "unemployment rose to 3 percent" } },
  });
  expect(mismatched.status()).toBe(422);

  const created = await api.post(`/api/articles/${saved.id}/annotations`, {
    data: {
      status: "sourced",
      note: "Matches the *official* release.",
      sources: [{ url: "https://stats.example.org/may", title: "May release", quote: "3.0%" }],
      target,
    },
  });
  expect(created.status()).toBe(201);
  const { annotation } = await created.json();
  expect(annotation).toMatchObject({
    articleId: saved.id,
    status: "sourced",
    target: {
      start,
      end: start + quote.length,
      exact: quote,
      prefix: "The minister said ",
      suffix: body.slice(start + quote.length, start + quote.length + 32),
    },
    orphan: false,
    reviewState: "open",
    version: 1,
    reviews: [],
    replyCount: 0,
    author: { name: expect.any(String) },
  });

  const earlier = body.indexOf("The minister");
  await api.post(`/api/articles/${saved.id}/annotations`, {
    data: {
      status: "unverified",
      target: { start: earlier, end: earlier + 12, exact: "The minister" },
    },
  });
  const { annotations } = await (await api.get(`/api/articles/${saved.id}/annotations`)).json();
  expect(annotations.map((a: { target: { exact: string } }) => a.target.exact)).toEqual([
    "The minister",
    quote,
  ]);
  await api.dispose();
});
