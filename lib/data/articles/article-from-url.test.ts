import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { contentFromInput } from "@/lib/article-content/article-input";
import { getDb } from "@/lib/db";
import { toErrorResponse } from "@/lib/http/json-error";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { newArticleSchema } from "@/lib/validation/articles";
import { fetchArticleFromUrl } from "@/lib/data/articles/article-preview";
import { createArticle } from "@/lib/data/articles/articles";

// The production fetcher, with the test-only allowance for the origin server on 127.0.0.1 and a
// resolver that answers one name with a private address; every other rule and cap is the real one.
const testFetch = vi.hoisted(() => ({ timeoutMs: undefined as number | undefined }));
vi.mock("@/lib/net/safe-fetch", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/net/safe-fetch")>();
  const { allowAddressesForTests } = await import("@/lib/net/address-policy");
  const addressPolicy = allowAddressesForTests(["127.0.0.1"]);
  const lookup = async (host: string) => {
    if (host === "internal.test") return [{ address: "10.1.2.3", family: 4 as const }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  };
  return {
    ...actual,
    safeFetch: vi.fn((url: string, options: Parameters<typeof actual.safeFetch>[1]) =>
      actual.safeFetch(url, {
        ...options,
        addressPolicy,
        lookup,
        ...(testFetch.timeoutMs ? { timeoutMs: testFetch.timeoutMs } : {}),
      }),
    ),
  };
});
const { safeFetch } = await import("@/lib/net/safe-fetch");

const RUN = randomUUID().slice(0, 8);
const newsPage = (token: string) =>
  readFileSync("lib/article-content/fixtures/news-page.html", "utf8").replace(
    "The city council voted seven",
    `The city council (run ${RUN}, ${token}) voted seven`,
  );

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const send =
  (type: string, body: string | Buffer, status = 200): Handler =>
  (_request, response) => {
    response.writeHead(status, { "content-type": type }).end(body);
  };
const redirectTo =
  (location: string): Handler =>
  (_request, response) =>
    response.writeHead(302, { location }).end();
const routes = new Map<string, Handler>([
  ["/news/river-plan", send("text/html; charset=utf-8", newsPage("preview"))],
  ["/old-address", redirectTo("/news/river-plan")],
  ["/news/one-call", send("text/html; charset=utf-8", newsPage("one call"))],
  [
    "/notes.txt",
    send("text/plain; charset=utf-8", `Plain notes ${RUN}.\n\nA second paragraph of plain text.`),
  ],
  ["/to-metadata", redirectTo("http://169.254.169.254/latest/meta-data/")],
  ["/to-internal", redirectTo("http://internal.test/admin")],
  ["/huge", send("text/html", `<p>${"a".repeat(6_000_000)}</p>`)],
  ["/data.json", send("application/json", "{}")],
  ["/broken", send("text/html", "<p>Internal Server Error</p>", 500)],
  ["/slow", () => {}],
  ["/empty", send("text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")],
]);
let requests = 0;
let origin: http.Server;
let base: string;

beforeAll(async () => {
  origin = http.createServer((request, response) => {
    requests++;
    const handler = routes.get(new URL(request.url ?? "/", "http://x").pathname);
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
});

afterAll(() => {
  origin.closeAllConnections();
  origin.close();
});

beforeEach(() => {
  testFetch.timeoutMs = undefined;
});

async function fetchedPagesOf(actor: Actor) {
  const db = await getDb();
  return db.fetchedPage.findMany({ where: { createdById: actor.id } });
}

describe("adding an article from a URL", () => {
  it("previews a page with its JSON-LD metadata and structure, and saving it keeps the server's copy", async () => {
    const reviewer = await createTestActor("reviewer");
    const preview = await fetchArticleFromUrl(reviewer, `${base}/old-address`);
    expect(preview).toMatchObject({
      requestedUrl: `${base}/old-address`,
      url: `${base}/news/river-plan`,
      title: "Council approves river flood plan",
      author: "Ana Reyes, Tom Wills",
      outlet: "The Riverside Courier",
      publishedAt: "2024-05-01T09:30:00.000Z",
      excerpt: "The city council voted 7-2 for the flood plan.",
      format: "html",
      duplicates: [],
    });
    expect(preview.textPreview).toContain(
      `The city council (run ${RUN}, preview) voted seven to two`,
    );
    expect(preview.content).toContain("<blockquote>");
    expect(preview.content).toContain(
      '<a href="https://environment.example.org/review">Environment Agency</a>',
    );
    const { body, blocks } = contentFromInput("html", preview.content, { baseUrl: preview.url });
    expect(preview.characterCount).toBe(body.length);
    expect(preview.blockCount).toBe(blocks.length);
    expect(safeFetch).toHaveBeenLastCalledWith(
      `${base}/old-address`,
      expect.objectContaining({
        maxBytes: 5_000_000,
        timeoutMs: 15_000,
        contentTypes: expect.arrayContaining(["text/html", "text/plain"]),
      }),
    );

    const [kept] = await fetchedPagesOf(reviewer);
    expect(kept).toMatchObject({
      id: preview.fetchId,
      finalUrl: preview.url,
      status: 200,
      fetchedAt: new Date(preview.fetchedAt),
    });
    expect(kept!.archivedHtml).toContain("Council approves river flood plan");
    for (const bad of ["<script", "<style", "ld+json", "<meta"])
      expect(kept!.archivedHtml).not.toContain(bad);

    // The client may edit every field; the archive, fetch time and URL come from the server's fetch.
    const save = {
      title: "Flood plan (edited)",
      format: "html",
      content: preview.content,
      url: "https://spoofed.example/",
      fetchId: preview.fetchId,
    };
    const article = await createArticle(reviewer, newArticleSchema.parse(save));
    expect(article).toMatchObject({ title: "Flood plan (edited)", url: preview.url, body });
    const db = await getDb();
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({
      sourceFormat: "url",
      archivedHtml: kept!.archivedHtml,
      fetchedAt: kept!.fetchedAt,
    });
    expect(
      await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } }),
    ).toMatchObject({ archivedHtml: kept!.archivedHtml, fetchedAt: kept!.fetchedAt });
    expect(await fetchedPagesOf(reviewer)).toEqual([]);

    // A preview is saved once; the same URL or text later is pointed out, not refused.
    await expect(createArticle(reviewer, newArticleSchema.parse(save))).rejects.toMatchObject({
      code: "VALIDATION",
      details: { reason: "fetch_expired" },
    });
    const other = await createTestActor("reviewer");
    const again = await fetchArticleFromUrl(other, `${base}/news/river-plan`);
    expect(again.duplicates).toEqual([{ id: article.id, title: "Flood plan (edited)" }]);

    // Someone else's preview id is as good as none, and theirs stays usable.
    await expect(
      createArticle(reviewer, newArticleSchema.parse({ ...save, fetchId: again.fetchId })),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await fetchedPagesOf(other)).toHaveLength(1);
  });

  it("fetches, reads and saves in one call with { url } alone", async () => {
    const editor = await createTestActor("editor");
    const article = await createArticle(
      editor,
      newArticleSchema.parse({ url: `${base}/news/one-call` }),
    );
    expect(article).toMatchObject({
      title: "Council approves river flood plan",
      author: "Ana Reyes, Tom Wills",
      outlet: "The Riverside Courier",
      url: `${base}/news/one-call`,
      publishedAt: "2024-05-01T09:30:00.000Z",
    });
    expect(article.body).toContain(`(run ${RUN}, one call)`);
    const db = await getDb();
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.sourceFormat).toBe("url");
    expect(row.archivedHtml).toContain("Residents divided");
    expect(row.fetchedAt).toBeInstanceOf(Date);
    expect(await fetchedPagesOf(editor)).toEqual([]);
  });

  it("makes one article of one preview when two saves race", async () => {
    const reviewer = await createTestActor("reviewer");
    const preview = await fetchArticleFromUrl(reviewer, `${base}/notes.txt`);
    const save = () =>
      createArticle(
        reviewer,
        newArticleSchema.parse({
          title: "Race",
          format: "html",
          content: preview.content,
          fetchId: preview.fetchId,
        }),
      );
    const results = await Promise.allSettled([save(), save()]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "VALIDATION", details: { reason: "fetch_expired" } },
    });
    const db = await getDb();
    expect(await db.article.count({ where: { createdById: reviewer.id } })).toBe(1);
  });

  it("reads a plain-text page as paragraphs, titled by its address", async () => {
    const reviewer = await createTestActor("reviewer");
    const preview = await fetchArticleFromUrl(reviewer, `${base}/notes.txt`);
    expect(preview).toMatchObject({
      title: `${base}/notes.txt`,
      author: null,
      blockCount: 2,
      textPreview: `Plain notes ${RUN}.\n\nA second paragraph of plain text.`,
    });
  });

  it("refuses viewers before anything is fetched", async () => {
    const viewer = await createTestActor("viewer");
    const before = requests;
    await expect(fetchArticleFromUrl(viewer, `${base}/news/river-plan`)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createArticle(viewer, newArticleSchema.parse({ url: `${base}/news/river-plan` })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(requests).toBe(before);
  });
});

describe("a URL that cannot be used gets a clear answer and nothing is kept", () => {
  it.each([
    ["a redirect to the metadata address", "/to-metadata", "VALIDATION", 422, "blocked_address"],
    [
      "a redirect to a name on a private network",
      "/to-internal",
      "VALIDATION",
      422,
      "blocked_address",
    ],
    ["a private address given directly", "http://10.0.0.1/", "VALIDATION", 422, "blocked_address"],
    ["a page over 5 MB", "/huge", "PAYLOAD_TOO_LARGE", 413, "too_large"],
    ["a page that is not HTML or text", "/data.json", "VALIDATION", 422, "bad_content_type"],
    ["a site answering 500", "/broken", "UPSTREAM", 502, "http_error"],
    ["a host that does not exist", "http://no-such-host.test/", "UPSTREAM", 502, "unreachable"],
    ["a page with no readable text", "/empty", "VALIDATION", 422, "no_readable_text"],
    ["a scheme other than http(s)", "file:///etc/passwd", "VALIDATION", 422, "bad_url"],
  ])("%s", async (_what, path, code, status, reason) => {
    const reviewer = await createTestActor("reviewer");
    const error = await fetchArticleFromUrl(
      reviewer,
      path.includes(":") ? path : `${base}${path}`,
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code, details: { reason } });
    const answer = toErrorResponse(error);
    expect(answer.status).toBe(status);
    const text = await answer.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code, message: expect.any(String) } });
    for (const secret of ["10.1.2.3", "stack", "ENOTFOUND", "getaddrinfo"])
      expect(text).not.toContain(secret);
    expect(await fetchedPagesOf(reviewer)).toEqual([]);
  });

  it("a site too slow to answer is a 504", async () => {
    testFetch.timeoutMs = 300;
    const reviewer = await createTestActor("reviewer");
    const error = await fetchArticleFromUrl(reviewer, `${base}/slow`).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "UPSTREAM_TIMEOUT", details: { reason: "timeout" } });
    expect(toErrorResponse(error).status).toBe(504);
    expect(await fetchedPagesOf(reviewer)).toEqual([]);
  });

  it("a caller that goes away cancels the fetch", async () => {
    const reviewer = await createTestActor("reviewer");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      fetchArticleFromUrl(reviewer, `${base}/slow`, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "CANCELLED" });
  });

  it("the one-call shape answers the same way and adds no article", async () => {
    const reviewer = await createTestActor("reviewer");
    await expect(
      createArticle(reviewer, newArticleSchema.parse({ url: `${base}/broken` })),
    ).rejects.toMatchObject({ code: "UPSTREAM", details: { status: 500 } });
    const db = await getDb();
    expect(await db.article.count({ where: { createdById: reviewer.id } })).toBe(0);
  });
});
