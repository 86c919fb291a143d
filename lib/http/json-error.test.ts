import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "./json-error";

describe("toErrorResponse", () => {
  it("answers BUSY with 503 and Retry-After", async () => {
    const response = toErrorResponse(
      new AppError("BUSY", "The server is busy", undefined, { retryAfterSeconds: 30 }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toEqual({
      error: { code: "BUSY", message: "The server is busy" },
    });
  });

  it("answers TIMEOUT with 503 as JSON, without Retry-After", async () => {
    const response = toErrorResponse(new AppError("TIMEOUT", "Too slow"));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBeNull();
    expect(await response.json()).toEqual({ error: { code: "TIMEOUT", message: "Too slow" } });
  });

  it("answers a database connection wait that ran out (Prisma P2028) with 503 BUSY and Retry-After, not 500", async () => {
    const response = toErrorResponse(
      Object.assign(
        new Error("Transaction API error: Unable to start a transaction in the given time."),
        { code: "P2028" },
      ),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect((await response.json()).error.code).toBe("BUSY");
  });
});
