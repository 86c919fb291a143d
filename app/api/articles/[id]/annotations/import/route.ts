import { NextResponse } from "next/server";
import { importAnnotations } from "@/lib/data/interchange/import-annotations";
import { AppError } from "@/lib/errors";
import { parseWebAnnotationsYielding } from "@/lib/import";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { publicBaseUrl } from "@/lib/http/public-url";
import { readJson } from "@/lib/http/read-json";
import { z } from "zod";

/**
 * Imports W3C Web Annotation JSON-LD (our own export) or Hypothesis's annotation JSON onto an
 * article: 200 with how many were placed exactly, fuzzily or orphaned, the replies and reviews
 * kept, and the entries skipped with their reason; nothing is written unless all is. People named
 * by this server's own user IRIs (an export from here) are matched to their accounts by
 * publicBaseUrl, the base those IRIs were made with.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const json = await readJson(request, z.unknown(), MAX_IMPORT_BYTES);
  const { annotations, errors, skipped } = await parseWebAnnotationsYielding(json);
  if (annotations.length === 0)
    throw new AppError("VALIDATION", "No annotation in the file could be read", {
      errors: errors.slice(0, 50),
      skipped: skipped.slice(0, 50),
    });
  const { warnings, ...report } = await importAnnotations(actor, articleId, annotations, skipped, {
    baseUrl: publicBaseUrl(request),
  });
  return NextResponse.json({
    report: {
      ...report,
      skipped: report.skipped.slice(0, 200),
      messages: [...warnings, ...errors].slice(0, 200),
    },
  });
});
