import { describe, expect, it } from "vitest";
import { HTTP_STATUS } from "@/lib/errors";
import { fetchErrorAnswer } from "./fetch-error-answer";
import { SafeFetchError, type SafeFetchErrorCode } from "./fetch-errors";

describe("fetchErrorAnswer", () => {
  it.each<[SafeFetchErrorCode, string, number]>([
    ["BAD_URL", "VALIDATION", 422],
    ["BLOCKED_ADDRESS", "VALIDATION", 422],
    ["BAD_CONTENT_TYPE", "VALIDATION", 422],
    ["TOO_LARGE", "PAYLOAD_TOO_LARGE", 413],
    ["HTTP_ERROR", "UPSTREAM", 502],
    ["UNREACHABLE", "UPSTREAM", 502],
    ["TOO_MANY_REDIRECTS", "UPSTREAM", 502],
    ["TIMEOUT", "UPSTREAM_TIMEOUT", 504],
    ["ABORTED", "CANCELLED", 499],
  ])("answers %s with %s (%i)", (code, answer, status) => {
    const error = fetchErrorAnswer(new SafeFetchError(code, "What the user reads"));
    expect(error).toMatchObject({
      code: answer,
      message: "What the user reads",
      details: { reason: code.toLowerCase() },
    });
    expect(HTTP_STATUS[error.code]).toBe(status);
  });

  it("passes the site's status on, and never the cause (a socket error can name an internal address)", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:80"), {
      code: "ECONNREFUSED",
    });
    const answer = fetchErrorAnswer(
      new SafeFetchError("HTTP_ERROR", "The site answered with status 500", { status: 500, cause }),
    );
    expect(answer.details).toEqual({ reason: "http_error", status: 500 });
    expect(answer.cause).toBeUndefined();
    expect(JSON.stringify({ message: answer.message, details: answer.details })).not.toContain(
      "10.0.0.7",
    );
  });
});
