import { NextResponse } from "next/server";
import { buildExportBundle } from "@/lib/data/interchange/export-bundle";
import { AppError } from "@/lib/errors";
import {
  isOlderVersion,
  jsonLdFile,
  renderClaimReviews,
  renderCsv,
  renderHtmlReport,
  renderMarkdownReport,
  renderPrintParts,
  renderWebAnnotationJsonLd,
} from "@/lib/export";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { validationDetails } from "@/lib/http/json-error";
import { publicBaseUrl } from "@/lib/http/public-url";
import { renderPdf } from "@/lib/pdf/render-pdf";
import {
  EXPORT_FORMATS,
  exportQuerySchema,
  exportVersionQuerySchema,
} from "@/lib/validation/export";

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "article";

/**
 * The options apart from `?version=`: a bad format or option is a 400 (as it always was), a
 * version that is not a number 422, a number that names no version of the article 404.
 */
function splitQuery(url: URL) {
  const { version, ...options } = Object.fromEntries(url.searchParams);
  const parsed = exportVersionQuerySchema.safeParse(version === undefined ? {} : { version });
  if (!parsed.success)
    throw new AppError(
      "VALIDATION",
      "version must be a version number of the article (1, 2, …)",
      validationDetails(parsed.error),
    );
  return { options, version: parsed.data.version };
}

/** GET /api/articles/:id/export?format=html|pdf|md|csv|jsonld|claimreview&statuses=&reviewStates=&discussion=&anonymise=&paper=&version= */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const url = new URL(request.url);
  const query = splitQuery(url);
  const parsed = exportQuerySchema.safeParse(query.options);
  if (!parsed.success) {
    throw new AppError(
      "BAD_REQUEST",
      `Unknown format or option. format: ${EXPORT_FORMATS.join(", ")}; statuses: sourced, disputed, unverified; reviewStates: open, approved, rejected, changes_requested; discussion, anonymise: 1 or 0; paper: a4, letter`,
      validationDetails(parsed.error),
    );
  }
  const { format, statuses, reviewStates, discussion, anonymise, paper, claimReviewStatuses } =
    parsed.data;
  const bundle = await buildExportBundle(
    actor,
    articleId,
    {
      statuses,
      reviewStates,
      includeDiscussion: discussion,
      anonymise,
      paper,
      claimReviewStatuses,
    },
    publicBaseUrl(request),
    query.version,
  );
  const { article } = bundle;
  const name = `factmark-${slug(article.title)}${isOlderVersion(article) ? `-v${article.version}` : ""}`;
  const file = (body: BodyInit, type: string, extension: string) =>
    new NextResponse(body, {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${name}.${extension}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  switch (format) {
    case "html":
      return file(renderHtmlReport(bundle), "text/html; charset=utf-8", "html");
    case "pdf":
      return file(
        new Uint8Array(
          await renderPdf(
            () => renderPrintParts(bundle),
            { paper, title: `${article.title} · version ${article.version}` },
            request.signal,
          ),
        ),
        "application/pdf",
        "pdf",
      );
    case "md":
      return file(renderMarkdownReport(bundle), "text/markdown; charset=utf-8", "md");
    case "csv":
      return file(renderCsv(bundle), "text/csv; charset=utf-8", "csv");
    case "jsonld":
      return file(
        jsonLdFile(renderWebAnnotationJsonLd(bundle)),
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        "jsonld",
      );
    case "claimreview":
      return file(
        jsonLdFile(renderClaimReviews(bundle)),
        "application/ld+json",
        "claimreview.jsonld",
      );
  }
});
