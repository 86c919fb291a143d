import { describe, expect, it } from "vitest";
import {
  annotationAnswerSchema,
  annotationConflictSchema,
  type AnnotationView,
} from "@/lib/contracts/annotation";
import { buildAnnotationView } from "@/lib/contracts/build-annotation-view";
import { callApi, fieldErrorsOf, noContent } from "./api-client";

const annotation: AnnotationView = buildAnnotationView({
  id: "a1",
  articleId: "art1",
  status: "sourced",
  note: "Checked against the council minutes.",
  sources: [
    { url: "https://example.org/minutes", title: "Minutes", quote: "7 to 2", accessedAt: null },
  ],
  target: { start: 4, end: 9, exact: "vote", prefix: "The ", suffix: " was" },
  anchor: { start: 4, end: 9, method: "exact" },
  author: { id: "u1", name: "Ada" },
  ownerId: "u1",
  reviewState: "open",
  version: 3,
  createdAt: "2026-12-01T10:00:00.000Z",
});

/** A fetch that answers once with this status and body, and records what it was asked. */
function answering(status: number, body?: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "Content-Type": "application/json" } });
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

describe("callApi", () => {
  it("returns the answer when it fits the contract, and sends JSON bodies as JSON", async () => {
    const { fetchImpl, calls } = answering(200, { annotation });
    const result = await callApi(
      "/api/annotations/a1",
      annotationAnswerSchema,
      { method: "PATCH", body: JSON.stringify({ version: 3 }) },
      fetchImpl,
    );
    expect(result).toEqual({ ok: true, data: { annotation } });
    expect(calls[0]!.init.headers).toEqual({ "Content-Type": "application/json" });
    expect(calls[0]!.init.cache).toBe("no-store");
  });

  it("turns an answer of the wrong shape into an error result naming the field", async () => {
    const { fetchImpl } = answering(200, { annotation: { ...annotation, status: "maybe" } });
    const result = await callApi("/api/annotations/a1", annotationAnswerSchema, {}, fetchImpl);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ status: 200, code: "BAD_RESPONSE" });
    expect(result.error.details).toEqual({
      issues: [{ path: "annotation.status", message: expect.any(String) }],
    });
  });

  it("treats a body that is not JSON as a wrong answer, not as data", async () => {
    const { fetchImpl } = answering(200, "<html>proxy error</html>");
    const result = await callApi("/x", annotationAnswerSchema, {}, fetchImpl);
    expect(result.ok ? null : result.error.code).toBe("BAD_RESPONSE");
  });

  it("keeps a 409's code, message and details (the current copy) as the server sent them", async () => {
    const { fetchImpl } = answering(409, {
      error: {
        code: "CONFLICT",
        message: "Someone changed this annotation",
        details: { current: { ...annotation, version: 4 } },
      },
    });
    const result = await callApi("/api/annotations/a1", annotationAnswerSchema, {}, fetchImpl);
    expect(result).toEqual({
      ok: false,
      error: {
        status: 409,
        code: "CONFLICT",
        message: "Someone changed this annotation",
        details: { current: { ...annotation, version: 4 } },
      },
    });
    // The editor reads the current copy out of them with its own contract.
    const details = result.ok ? null : result.error.details;
    expect(annotationConflictSchema.parse(details).current?.version).toBe(4);
    expect(annotationConflictSchema.safeParse({ current: { id: "a1" } }).success).toBe(false);
  });

  it("keeps a 422's field errors", async () => {
    const fieldErrors = { sources: ["A sourced annotation needs at least one source"] };
    const { fetchImpl } = answering(422, {
      error: { code: "VALIDATION", message: "The request is not valid", details: { fieldErrors } },
    });
    const result = await callApi("/x", annotationAnswerSchema, {}, fetchImpl);
    expect(result.ok ? null : fieldErrorsOf(result.error)).toEqual(fieldErrors);
  });

  it("names an error without a body INTERNAL, with the generic message", async () => {
    const { fetchImpl } = answering(502, "Bad gateway");
    expect(await callApi("/x", annotationAnswerSchema, {}, fetchImpl)).toEqual({
      ok: false,
      error: {
        status: 502,
        code: "INTERNAL",
        message: "The server could not do this",
        details: undefined,
      },
    });
  });

  it("reads a 204 as no content, and a network failure as NETWORK", async () => {
    const { fetchImpl } = answering(204);
    expect(await callApi("/x", noContent, { method: "DELETE" }, fetchImpl)).toEqual({
      ok: true,
      data: undefined,
    });
    const failing = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    const result = await callApi("/x", noContent, {}, failing);
    expect(result.ok ? null : result.error).toMatchObject({ status: 0, code: "NETWORK" });
  });
});
