import { describe, expect, it, vi } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/data/people/api-tokens";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import type { AnnotationChanges } from "@/lib/contracts/changes";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { isStillSignedIn } from "@/lib/auth/current-actor";
import { changeStreamResponse } from "./change-stream";

// next-auth does not load outside Next; these requests carry Bearer tokens, which never reach the session.
vi.mock("@/lib/auth/auth", () => ({ sessionActor: async () => null }));
const route = await import("@/app/api/articles/[id]/changes/stream/route");

const BODY = "A claim worth checking, and another one.";

async function setUp() {
  const actor = await createTestActor("reviewer");
  const { token, summary } = await createApiToken(actor, "stream");
  const tokenId = summary.id;
  const article = await createArticle(
    actor,
    createArticleSchema.parse({ title: "Push", body: BODY }),
  );
  const annotate = (note: string) =>
    createAnnotation(actor, article.id, {
      status: "disputed",
      note,
      sources: [],
      target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
    });
  return { actor, token, tokenId, article, annotate };
}

type Event = { id?: string; event?: string; data?: string };

/** Reads Server-Sent Events off a response body, one at a time. */
function events(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return async function next(timeoutMs = 3000): Promise<Event> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: Event = {};
        for (const line of block.split("\n")) {
          const at = line.indexOf(": ");
          const [field, value] = at < 0 ? [line, ""] : [line.slice(0, at), line.slice(at + 2)];
          if (field === "id" || field === "event" || field === "data") event[field] = value;
        }
        if (event.event) return event;
        continue;
      }
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("no event in time")), deadline - Date.now()),
        ),
      ]);
      if (chunk.done) return { event: "closed" };
      buffer += chunk.value;
    }
  };
}

const open = (articleId: string, token: string, since: string, headers: HeadersInit = {}) => {
  const abort = new AbortController();
  const request = new Request(
    `http://localhost/api/articles/${articleId}/changes/stream?since=${since}`,
    { headers: { authorization: `Bearer ${token}`, ...headers }, signal: abort.signal },
  );
  return { abort, response: route.GET(request, { params: Promise.resolve({ id: articleId }) }) };
};

const changesOf = (event: Event) => JSON.parse(event.data ?? "null") as AnnotationChanges;

describe("GET /api/articles/:id/changes/stream", () => {
  it("pushes a change made after it opened, and resumes from Last-Event-ID with all it missed", async () => {
    const { token, article, annotate } = await setUp();
    const stream = open(article.id, token, "0");
    const response = await stream.response;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const next = events(response);
    const opening = await next();
    expect(opening).toMatchObject({ event: "changes", id: "0" });
    const created = await annotate("Pushed.");
    const pushed = await next(1000);
    expect(changesOf(pushed).annotations.map((a) => a.id)).toEqual([created.id]);
    expect(pushed.id).toBe(changesOf(pushed).cursor);
    stream.abort.abort();
    expect((await next()).event).toBe("closed");

    // As a browser reconnects by itself: the URL it opened first, and the id of the last event it got.
    const missed = [await annotate("One."), await annotate("Two."), await annotate("Three.")];
    const again = open(article.id, token, "0", { "last-event-id": pushed.id! });
    const caughtUp = changesOf(await events(await again.response)());
    expect(caughtUp.annotations.map((a) => a.note)).toEqual(["One.", "Two.", "Three."]);
    expect(caughtUp.annotations.map((a) => a.id)).toEqual(missed.map((a) => a.id));
    again.abort.abort();
  });

  it("refuses without a token, for an article that does not exist, and for a bad cursor", async () => {
    const { token, article } = await setUp();
    const anonymous = await route.GET(
      new Request(`http://localhost/api/articles/${article.id}/changes/stream?since=0`),
      { params: Promise.resolve({ id: article.id }) },
    );
    expect(anonymous.status).toBe(401);
    expect((await open("missing-article", token, "0").response).status).toBe(404);
    expect((await open(article.id, token, "yesterday").response).status).toBe(422);
  });

  it("knows when the token that opened it was revoked", async () => {
    const { actor, token, tokenId } = await setUp();
    const request = new Request("http://localhost/", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await isStillSignedIn(request, actor)).toBe(true);
    await revokeApiToken(actor, tokenId);
    expect(await isStillSignedIn(request, actor)).toBe(false);
  });

  it("ends the stream when its reader is no longer signed in, and lets go of its subscription", async () => {
    let signedIn = true;
    const unsubscribe = vi.fn();
    const first = {
      annotations: [],
      deletedIds: [],
      cursor: "0",
      hasMore: false,
      articleVersion: 1,
    };
    const response = changeStreamResponse(
      new AbortController().signal,
      0,
      first,
      {
        read: async () => first,
        subscribe: () => unsubscribe,
        isStillSignedIn: async () => signedIn,
      },
      { heartbeatMs: 50 },
    );
    const next = events(response);
    expect((await next()).event).toBe("changes");
    signedIn = false;
    expect(await next()).toMatchObject({ event: "end", data: '{"reason":"unauthenticated"}' });
    expect((await next()).event).toBe("closed");
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
