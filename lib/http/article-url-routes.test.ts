import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/data/people/api-tokens";
import { createTestActor } from "@/lib/testing/factories";

// As in lib/data/articles/article-from-url.test.ts: the real fetcher, allowed to reach this file's origin server only.
vi.mock("@/lib/net/safe-fetch", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/net/safe-fetch")>();
  const { allowAddressesForTests } = await import("@/lib/net/address-policy");
  const addressPolicy = allowAddressesForTests(["127.0.0.1"]);
  return {
    ...actual,
    safeFetch: (url: string, options: Parameters<typeof actual.safeFetch>[1]) =>
      actual.safeFetch(url, { ...options, addressPolicy }),
  };
});
// next-auth does not load outside Next; these requests carry Bearer tokens, which never reach the session.
vi.mock("@/lib/auth/auth", () => ({ sessionActor: async () => null }));
const preview = await import("@/app/api/articles/preview/route");
const articles = await import("@/app/api/articles/route");

// Unique text per run: the database outlives runs, and same-text articles would be listed as duplicates.
const RUN = randomUUID();
const ARTICLE = `<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>
${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the harbour report ${RUN}, long enough for Readability to keep it as the article's text.</p>`).join("")}
</article></body></html>`;
let origin: http.Server;
let base: string;
let token: string;

beforeAll(async () => {
  origin = http.createServer((request, response) => {
    if (request.url === "/story")
      response.writeHead(200, { "content-type": "text/html" }).end(ARTICLE);
    else response.writeHead(302, { location: "http://169.254.169.254/" }).end();
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
  token = (await createApiToken(await createTestActor("reviewer"), "url routes")).token;
});

afterAll(() => {
  origin.closeAllConnections();
  origin.close();
});

const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
const context = { params: Promise.resolve({}) };

describe("the URL routes", () => {
  it("POST /api/articles/preview answers 200 with the preview, and POST /api/articles saves it", async () => {
    const answer = await preview.POST(
      post("/api/articles/preview", { url: `${base}/story` }),
      context,
    );
    expect(answer.status).toBe(200);
    const { preview: body } = await answer.json();
    expect(body).toMatchObject({
      url: `${base}/story`,
      title: "Harbour report",
      format: "markdown",
      duplicates: [],
      fetchId: expect.any(String),
    });

    const saved = await articles.POST(
      post("/api/articles", {
        title: body.title,
        format: body.format,
        content: body.content,
        fetchId: body.fetchId,
      }),
      context,
    );
    expect(saved.status).toBe(201);
    expect((await saved.json()).article).toMatchObject({
      title: "Harbour report",
      url: `${base}/story`,
      body: body.body,
    });
  });

  it("POST /api/articles with { url } alone answers 201", async () => {
    const answer = await articles.POST(post("/api/articles", { url: `${base}/story` }), context);
    expect(answer.status).toBe(201);
    expect((await answer.json()).article).toMatchObject({
      title: "Harbour report",
      url: `${base}/story`,
    });
  });

  it("answers a refused URL with the JSON error shape, and bad requests as any route does", async () => {
    const refused = await preview.POST(
      post("/api/articles/preview", { url: `${base}/elsewhere` }),
      context,
    );
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "VALIDATION",
        message: expect.stringContaining("private or reserved"),
        details: { reason: "blocked_address" },
      },
    });
    expect(
      (await preview.POST(post("/api/articles/preview", { url: "gopher://x" }), context)).status,
    ).toBe(422);
    expect(
      (
        await preview.POST(
          post("/api/articles/preview", { url: `${base}/story`, title: "x" }),
          context,
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await preview.POST(
          post(
            "/api/articles/preview",
            { url: `${base}/story` },
            { authorization: "Bearer fm_wrong" },
          ),
          context,
        )
      ).status,
    ).toBe(401);
  });
});
