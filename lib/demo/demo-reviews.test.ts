import { describe, expect, it } from "vitest";
import { DEMO_ANNOTATIONS } from "./demo-annotations";
import { DEMO_REPLIES, DEMO_REVIEWS, DEMO_SETTLEMENTS } from "./demo-reviews";

const authorOf = new Map(DEMO_ANNOTATIONS.map((a) => [a.quote, a.author]));

describe("demo reviews", () => {
  it("refer to demo annotations, never review one's own, and give a reason for every disagreement", () => {
    for (const review of DEMO_REVIEWS) {
      expect(authorOf.has(review.quote), review.quote).toBe(true);
      expect(authorOf.get(review.quote)).not.toBe(review.reviewer);
      if (review.verdict === "disagree") expect(review.reason).toBeTruthy();
    }
    for (const item of [...DEMO_REPLIES, ...DEMO_SETTLEMENTS])
      expect(authorOf.has(item.quote), item.quote).toBe(true);
  });

  it("include agreement and disagreement, and no reviewer reviews the same annotation twice", () => {
    expect(new Set(DEMO_REVIEWS.map((r) => r.verdict))).toEqual(new Set(["agree", "disagree"]));
    const keys = DEMO_REVIEWS.map((r) => `${r.quote}|${r.reviewer}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
