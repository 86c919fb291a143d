import { describe, expect, it } from "vitest";
import { exportQuerySchema } from "./export";

describe("exportQuerySchema", () => {
  it("fills defaults: everything included, A4, names shown, no discussion", () => {
    expect(exportQuerySchema.parse({ format: "csv" })).toEqual({
      format: "csv",
      statuses: ["sourced", "disputed", "unverified"],
      reviewStates: ["open", "approved", "rejected", "changes_requested"],
      discussion: false,
      anonymise: false,
      paper: "a4",
      claimReviewStatuses: ["sourced", "disputed"],
    });
  });
  it("includes the discussion in JSON-LD unless asked not to (a move to another tool keeps the replies)", () => {
    expect(exportQuerySchema.parse({ format: "jsonld" }).discussion).toBe(true);
    expect(exportQuerySchema.parse({ format: "jsonld", discussion: "0" }).discussion).toBe(false);
    expect(exportQuerySchema.parse({ format: "md" }).discussion).toBe(false);
  });
  it("parses lists and flags", () => {
    expect(
      exportQuerySchema.parse({
        format: "html",
        statuses: "disputed",
        reviewStates: "approved",
        discussion: "1",
        anonymise: "true",
        paper: "letter",
      }),
    ).toMatchObject({
      statuses: ["disputed"],
      reviewStates: ["approved"],
      discussion: true,
      anonymise: true,
      paper: "letter",
    });
  });
  it.each([
    [{ format: "docx" }],
    [{ format: "csv", statuses: "true" }],
    [{ format: "csv", paper: "a3" }],
    [{ format: "csv", colour: "red" }],
    [{}],
  ])("refuses %j", (query) => {
    expect(exportQuerySchema.safeParse(query).success).toBe(false);
  });
});
