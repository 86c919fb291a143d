import { describe, expect, it } from "vitest";
import { changedContent, reviewsOnPreviousVersions } from "./previous-version-reviews";

const review = { action: "review.create", before: null, after: { verdict: "agree" } };
const edit = (before: Record<string, unknown>, after: Record<string, unknown>) => ({
  action: "annotation.update",
  before,
  after,
});

describe("reviews on a previous version", () => {
  it("marks the reviews an edit of the note overtook, not those given after it", () => {
    const events = [
      { action: "annotation.create", before: null, after: {} },
      review,
      edit({ note: "a" }, { note: "b" }),
      { ...review, action: "review.change" },
    ];
    expect([...reviewsOnPreviousVersions(events)]).toEqual([1]);
  });

  it("counts a reworded quote and a moved target as a change of content", () => {
    expect(changedContent({ action: "annotation.reworded", before: {}, after: {} })).toBe(true);
    expect(changedContent(edit({ target: { start: 1 } }, { target: { start: 9 } }))).toBe(true);
  });

  it("does not count a save that changed nothing, a settlement or a reply", () => {
    expect(
      changedContent(edit({ note: "a", reviewState: "open" }, { note: "a", reviewState: "open" })),
    ).toBe(false);
    const events = [
      review,
      { action: "annotation.settle", before: {}, after: { reviewState: "approved" } },
      { action: "reply.create", before: null, after: {} },
      edit({ status: "sourced" }, { status: "sourced" }),
    ];
    expect(reviewsOnPreviousVersions(events).size).toBe(0);
  });
});
