import { isoDay, oneLine } from "./labels";
import { prepareReport } from "./select";
import type { ExportAnnotation, ExportBundle } from "./types";
import { base, permalink, safeHttpUrl } from "./urls";
import type { JsonObject } from "./web-annotation";

/**
 * Our rating scale, documented as Google asks ("a number to text rating system"): 1 to 5, where
 * 5 = "Supported by sources" (sourced) and 1 = "Disputed" (disputed). Unverified annotations are
 * never published as ClaimReviews: they carry no verdict.
 */
export const CLAIM_RATING = {
  bestRating: 5,
  worstRating: 1,
  sourced: { ratingValue: 5, alternateName: "Supported by sources" },
  disputed: { ratingValue: 1, alternateName: "Disputed" },
} as const;

/** When the verdict was published: the editor's settlement if there is one, else the last change. */
function reviewDate(a: ExportAnnotation): string | null {
  return isoDay(a.settlement?.at) ?? isoDay(a.modifiedAt);
}

/** Who made the claim: the byline as a Person, else the outlet as an Organization, else nobody we can name. */
function claimAuthor(article: ExportBundle["article"]): JsonObject | null {
  if (article.author?.trim()) return { "@type": "Person", name: oneLine(article.author) };
  if (article.outlet?.trim()) return { "@type": "Organization", name: oneLine(article.outlet) };
  return null;
}

/**
 * Where the claim appeared: the original article. Without its address the work is named but not
 * linked: our own copy is where it was checked, not where it appeared (and readers cannot open it).
 * schema.org `version`: the version of its text in Factmark that the claims were quoted from.
 */
function appearance(bundle: ExportBundle): JsonObject {
  const { article } = bundle;
  const author = claimAuthor(article);
  const published = isoDay(article.publishedAt);
  const original = safeHttpUrl(article.url);
  return {
    "@type": "CreativeWork",
    ...(original ? { url: original } : {}),
    headline: oneLine(article.title),
    version: article.version,
    ...(published ? { datePublished: published } : {}),
    ...(author ? { author } : {}),
    ...(article.outlet?.trim()
      ? { publisher: { "@type": "Organization", name: oneLine(article.outlet) } }
      : {}),
  };
}

/**
 * One schema.org ClaimReview (JSON-LD) per selected annotation whose status is in
 * options.claimReviewStatuses (never a rejected one), with Google's required (claimReviewed, reviewRating, url) and
 * recommended properties (author with name and url, datePublished, itemReviewed as a Claim with
 * appearance, firstAppearance, author and datePublished; Rating with name, ratingValue,
 * bestRating, worstRating and the required alternateName).
 */
export function renderClaimReviews(input: ExportBundle): JsonObject[] {
  const { bundle, all } = prepareReport(input);
  const numberOf = new Map(all.map((x) => [x.annotation.id, x.n]));
  // Google and readers are not signed in: a review's url is its entry in the published report when there is one.
  const reviewUrl = (id: string) =>
    bundle.publication
      ? `${bundle.publication.url}#annotation-${numberOf.get(id)}`
      : permalink(bundle, id);
  const wanted = new Set<string>(bundle.options.claimReviewStatuses);
  const org = bundle.organization;
  const author: JsonObject = {
    "@type": "Organization",
    name: org.name,
    url: safeHttpUrl(org.url) ?? `${base(bundle)}/`,
  };
  const seen = appearance(bundle);
  const claimAuthorValue = claimAuthor(bundle.article);
  const claimDate = isoDay(bundle.article.publishedAt);
  return (
    bundle.annotations
      // A rejected annotation's verdict was overruled by an editor: it is never published as a review of the claim.
      .filter(
        (a): a is ExportAnnotation & { status: "sourced" | "disputed" } =>
          (a.status === "sourced" || a.status === "disputed") &&
          wanted.has(a.status) &&
          a.reviewState !== "rejected",
      )
      .map((a) => {
        const rating = CLAIM_RATING[a.status];
        const published = reviewDate(a);
        return {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          url: reviewUrl(a.id),
          claimReviewed: oneLine(a.target.exact),
          author,
          ...(published ? { datePublished: published } : {}),
          reviewRating: {
            "@type": "Rating",
            ratingValue: rating.ratingValue,
            bestRating: CLAIM_RATING.bestRating,
            worstRating: CLAIM_RATING.worstRating,
            alternateName: rating.alternateName,
            name: rating.alternateName,
          },
          itemReviewed: {
            "@type": "Claim",
            appearance: [seen],
            firstAppearance: seen,
            ...(claimAuthorValue ? { author: claimAuthorValue } : {}),
            ...(claimDate ? { datePublished: claimDate } : {}),
          },
        };
      })
  );
}
