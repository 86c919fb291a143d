import { describe, expect, it } from "vitest";
import { shorten } from "./shorten";

describe("shorten", () => {
  it("keeps a text that fits", () => {
    expect(shorten("unemployment fell", 17)).toBe("unemployment fell");
  });

  it("cuts a longer text and marks the cut", () => {
    expect(shorten("unemployment fell to 3 percent", 12)).toBe("unemployment…");
  });

  it("drops the space the cut leaves before the ellipsis", () => {
    expect(shorten("unemployment fell", 13)).toBe("unemployment…");
  });

  it("never splits a surrogate pair", () => {
    const out = shorten("ab😀cd", 3);
    expect(out).toBe("ab…");
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
