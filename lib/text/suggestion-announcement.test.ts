import { describe, expect, it } from "vitest";
import { reasonsPhrase, suggestionAnnouncement } from "./suggestion-announcement";

describe("suggestionAnnouncement", () => {
  it("lists the reasons as a phrase", () => {
    expect(reasonsPhrase(["money"])).toBe("money");
    expect(reasonsPhrase(["a number", "a date", "an attribution"])).toBe(
      "a number, a date, and an attribution",
    );
  });
  it("says where the suggestion is, why, and which keys act on it", () => {
    expect(suggestionAnnouncement(2, 5, ["money", "an attribution"], true)).toBe(
      "Suggested claim 2 of 5: money and an attribution. Press a to annotate it, Escape to dismiss it.",
    );
  });
  it("offers a viewer no annotate key", () => {
    expect(suggestionAnnouncement(1, 1, ["a date"], false)).toBe(
      "Suggested claim 1 of 1: a date. Press Escape to dismiss it.",
    );
  });
});
