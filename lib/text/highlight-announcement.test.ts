import { describe, expect, it } from "vitest";
import { highlightAnnouncement } from "./highlight-announcement";

describe("highlightAnnouncement", () => {
  it("says nothing outside a highlight", () => {
    expect(highlightAnnouncement([])).toBe("");
  });
  it("names the status in words", () => {
    expect(highlightAnnouncement(["disputed"])).toBe(
      "Disputed highlight. Enter opens its annotation.",
    );
  });
  it("counts overlapping highlights by status", () => {
    expect(highlightAnnouncement(["disputed", "sourced", "disputed"])).toBe(
      "3 overlapping highlights: 1 sourced, 2 disputed. Enter opens them.",
    );
  });
});
