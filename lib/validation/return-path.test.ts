import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./form-state";

describe("safeReturnPath", () => {
  it.each([
    ["/settings", "/settings"],
    ["/articles/abc?annotation=x1#note", "/articles/abc?annotation=x1#note"],
    ["/review?status=disputed&author=a", "/review?status=disputed&author=a"],
    ["/articles/caf%C3%A9", "/articles/caf%C3%A9"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["backslash", "/\\evil.example"],
    ["tab that browsers drop", "/\t/evil.example"],
    ["newline that browsers drop", "/\n/evil.example"],
    ["carriage return (header injection)", "/\r\nSet-Cookie: x=1"],
    ["leading space", " /settings"],
    ["absolute URL", "https://evil.example/"],
    ["javascript URL", "javascript:alert(1)"],
    ["ideographic full stop in a host-looking path", "/\u3002/evil\u3002example"],
    ["no-break space", "/\u00a0/evil.example"],
    ["zero-width space", "/\u200b/evil.example"],
    ["dot segments that climb to //", "/.//evil.example"],
    ["encoded slashes stay a path", "/%2F%2Fevil.example"],
  ])("refuses or neutralises a %s", (_name, input) => {
    const result = safeReturnPath(input);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result).toMatch(/^[\x21-\x7e]*$/);
    expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
  });

  it("falls back for what is not a path at all", () => {
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath("/\t/evil.example")).toBe("/");
    expect(safeReturnPath("x".repeat(3000))).toBe("/");
    expect(safeReturnPath("https://evil.example", "/home")).toBe("/home");
  });
});
