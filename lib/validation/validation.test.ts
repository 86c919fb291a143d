import { describe, expect, it } from "vitest";
import { createAnnotationSchema } from "./annotations";
import { createArticleSchema, normaliseBody } from "./articles";
import { safeReturnPath } from "./form-state";
import { signUpSchema } from "./users";

describe("normaliseBody", () => {
  it.each([
    ["a\r\nb", "a\nb"],
    ["  one  \n\n\n\ntwo\t\n", "one\n\ntwo"],
    ["para one\r\n\r\npara two", "para one\n\npara two"],
  ])("%j → %j", (input, expected) => expect(normaliseBody(input)).toBe(expected));
});

describe("createArticleSchema", () => {
  const valid = { title: "T", body: "Body" };
  it("accepts the minimum and fills optional fields with null", () => {
    expect(createArticleSchema.parse(valid)).toEqual({
      ...valid,
      outlet: null,
      author: null,
      url: null,
      publishedAt: null,
    });
  });
  it.each([
    [{ ...valid, extra: 1 }, "unknown fields"],
    [{ ...valid, title: "  " }, "a blank title"],
    [{ ...valid, body: " \n\n " }, "an empty body"],
    [{ ...valid, url: "javascript:alert(1)" }, "a script URL"],
    [{ ...valid, url: "ftp://example.com/x" }, "a non-web URL"],
    [{ ...valid, publishedAt: "yesterday" }, "a date that is not ISO"],
    [{ ...valid, publishedAt: "2021-02-30" }, "an impossible date"],
  ] as [Record<string, unknown>, string][])("refuses %j (%s)", (input) => {
    expect(createArticleSchema.safeParse(input).success).toBe(false);
  });
});

describe("createAnnotationSchema", () => {
  const target = { start: 0, end: 5, exact: "Hello" };
  it("needs a source for 'sourced'", () => {
    expect(createAnnotationSchema.safeParse({ status: "sourced", target }).success).toBe(false);
    expect(
      createAnnotationSchema.safeParse({
        status: "sourced",
        target,
        sources: [{ url: "https://a.example" }],
      }).success,
    ).toBe(true);
    expect(createAnnotationSchema.safeParse({ status: "disputed", target }).success).toBe(true);
  });
  it.each([
    [{ status: "true", target }],
    [{ status: "disputed", target: { start: 5, end: 5, exact: "" } }],
    [{ status: "disputed", target: { start: 0, end: 4, exact: "Hello" } }],
    [{ status: "disputed", target, sources: [{ url: "javascript:alert(1)" }] }],
    [{ status: "disputed", target, author: "someone-else" }],
  ])("refuses %j", (input) => {
    expect(createAnnotationSchema.safeParse(input).success).toBe(false);
  });
});

describe("signUpSchema", () => {
  it("normalises the email and refuses short passwords", () => {
    expect(
      signUpSchema.parse({
        name: " Ann ",
        email: " Ann@Example.COM ",
        password: "violet-harbour-47",
      }),
    ).toEqual({ name: "Ann", email: "ann@example.com", password: "violet-harbour-47" });
    expect(
      signUpSchema.safeParse({ name: "Ann", email: "ann@example.com", password: "012345678" })
        .success,
    ).toBe(false);
    expect(
      signUpSchema.safeParse({ name: "Ann", email: "not-an-email", password: "violet-harbour-47" })
        .success,
    ).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/articles/1", "/articles/1"],
    ["https://evil.example", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    [null, "/"],
  ])("%j → %j", (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});
