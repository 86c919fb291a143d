import { describe, expect, it } from "vitest";
import { renderClaimReviews } from "./claim-review";
import { ALL_OPTIONS, makeBundle, sampleBundle } from "./fixtures/bundle";
import type { ExportOptions } from "./types";
import type { JsonObject } from "./web-annotation";

const render = (options: Partial<ExportOptions> = {}) =>
  renderClaimReviews(sampleBundle({ options: { ...ALL_OPTIONS, ...options } }));

/** Read a dotted path ("itemReviewed.appearance.0.url") out of a JSON-LD object. */
function at(object: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined,
      object,
    );
}

/**
 * Google Search Central, "Fact check (ClaimReview) structured data": required on ClaimReview are
 * claimReviewed, reviewRating and url (Rating: alternateName); recommended are author (name,
 * url), itemReviewed and, for the Claim, appearance, author, datePublished and firstAppearance;
 * for the Rating, bestRating, name, ratingValue and worstRating. We also always give datePublished.
 */
const REQUIRED = [
  "@context",
  "@type",
  "claimReviewed",
  "reviewRating",
  "reviewRating.alternateName",
  "url",
];
const RECOMMENDED = [
  "author",
  "author.name",
  "author.url",
  "datePublished",
  "itemReviewed",
  "itemReviewed.@type",
  "itemReviewed.appearance",
  "itemReviewed.appearance.0.url",
  "itemReviewed.firstAppearance",
  "itemReviewed.author",
  "itemReviewed.author.name",
  "itemReviewed.datePublished",
  "reviewRating.bestRating",
  "reviewRating.worstRating",
  "reviewRating.ratingValue",
  "reviewRating.name",
];

describe("renderClaimReviews", () => {
  const reviews = render();

  it("makes one per sourced or disputed annotation, never for unverified ones", () => {
    expect(reviews.map((r) => r.url)).toEqual([
      "https://factmark.example.org/articles/art1?annotation=a-sourced",
      "https://factmark.example.org/articles/art1?annotation=a-disputed",
      "https://factmark.example.org/articles/art1?annotation=a-orphan",
    ]);
  });

  it.each([...REQUIRED.map((p) => [p, "required"]), ...RECOMMENDED.map((p) => [p, "recommended"])])(
    "has %s (%s)",
    (path) => {
      for (const review of reviews) expect(at(review, path), path).toBeDefined();
    },
  );

  it.each([
    ["sourced", 0, 5, "Supported by sources"],
    ["disputed", 1, 1, "Disputed"],
  ] as const)("rates %s as %i on 1–5: %s", (_, index, value, label) => {
    expect(reviews[index]!.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: value,
      bestRating: 5,
      worstRating: 1,
      alternateName: label,
      name: label,
    });
  });

  it("never publishes an annotation an editor rejected", () => {
    const bundle = sampleBundle({ options: ALL_OPTIONS });
    const disputed = bundle.annotations.find((a) => a.id === "a-disputed")!;
    const rejected = {
      ...bundle,
      annotations: bundle.annotations.map((a) =>
        a === disputed ? { ...a, reviewState: "rejected" as const } : a,
      ),
    };
    expect(renderClaimReviews(rejected).map((r) => r.url)).not.toContain(
      "https://factmark.example.org/articles/art1?annotation=a-disputed",
    );
    expect(renderClaimReviews(rejected)).toHaveLength(reviews.length - 1);
  });

  it("describes the claim and where it appeared", () => {
    expect(reviews[0]).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "Unemployment fell to 3 percent",
      author: { "@type": "Organization", name: "Check Desk", url: "https://check.example.org/" },
      datePublished: "2024-06-04", // the settlement, not the last edit
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Jo Writer" },
        datePublished: "2024-06-01",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://example.com/story",
            headline: "Minister on jobs",
            version: 2,
            datePublished: "2024-06-01",
            publisher: { "@type": "Organization", name: "Example Wire" },
          },
        ],
      },
    });
    expect(reviews[1]!.datePublished).toBe("2024-06-02"); // no settlement: the last change
  });

  it.each<[string, ExportOptions["claimReviewStatuses"], number]>([
    ["disputed only", ["disputed"], 2],
    ["sourced only", ["sourced"], 1],
    ["none", [], 0],
  ])("follows claimReviewStatuses: %s", (_, claimReviewStatuses, n) => {
    expect(render({ claimReviewStatuses })).toHaveLength(n);
  });

  it("names but never links the work when the article has no usable URL, and falls back to the outlet without a byline", () => {
    const bundle = sampleBundle();
    const [review] = renderClaimReviews({
      ...bundle,
      article: { ...bundle.article, url: "javascript:alert(1)", author: null },
      organization: { name: "Desk" },
    });
    const claim = review!.itemReviewed as JsonObject;
    // Our copy is where the claim was checked, not where it appeared.
    expect((claim.appearance as JsonObject[])[0]).not.toHaveProperty("url");
    expect(claim.firstAppearance).toMatchObject({
      "@type": "CreativeWork",
      headline: bundle.article.title,
    });
    expect(JSON.stringify(review)).not.toContain('/articles/art1"');
    expect(claim.author).toEqual({ "@type": "Organization", name: "Example Wire" });
    expect(review!.author).toEqual({
      "@type": "Organization",
      name: "Desk",
      url: "https://factmark.example.org/",
    });
  });

  it("points each review at its entry in the published report, which readers can open without signing in", () => {
    const bundle = sampleBundle();
    const reviews = renderClaimReviews({
      ...bundle,
      publication: { url: "https://factmark.example.org/r/vote-1a2b3c4d", isPublicPage: false },
    });
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews)
      expect(review.url).toMatch(
        /^https:\/\/factmark\.example\.org\/r\/vote-1a2b3c4d#annotation-\d+$/,
      );
  });

  it("is empty when nothing is selected", () => {
    expect(renderClaimReviews(makeBundle([]))).toEqual([]);
  });
});
