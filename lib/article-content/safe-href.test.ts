import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href";

const base = "https://news.example.com/a/b";

describe("safeHref", () => {
  it.each([
    ["https://x.example/p?q=1#f", "https://x.example/p?q=1#f"],
    ["HTTP://X.EXAMPLE", "http://x.example/"],
    ["mailto:a@b.example", "mailto:a@b.example"],
    ["/root", "https://news.example.com/root"],
    ["sibling", "https://news.example.com/a/sibling"],
    ["//cdn.example/x", "https://cdn.example/x"],
    ["  https://padded.example/  ", "https://padded.example/"],
  ])("keeps %j as %j", (raw, expected) => {
    expect(safeHref(raw, base)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    " jAvAsCrIpT:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://x.example/",
    "blob:https://x.example/id",
    "http://",
    "",
    `https://x.example/${"a".repeat(2000)}`,
  ])("drops %j", (raw) => {
    expect(safeHref(raw, base)).toBeNull();
  });

  it("drops relative links without a base", () => {
    expect(safeHref("/root")).toBeNull();
  });
});
