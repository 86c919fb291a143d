import { NextResponse } from "next/server";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { AppError } from "@/lib/errors";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { validationDetails } from "@/lib/http/json-error";
import { readJson } from "@/lib/http/read-json";
import { annotationIdsQuerySchema, createAnnotationSchema } from "@/lib/validation/annotations";

/** GET /api/articles/:id/annotations[?ids=a,b,c]: all of them in text order, or only the ones listed (ids not on the article are left out). */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const parsed = annotationIdsQuerySchema.safeParse(
    new URL(request.url).searchParams.get("ids") ?? undefined,
  );
  if (!parsed.success)
    throw new AppError(
      "BAD_REQUEST",
      "ids must be a comma-separated list of annotation ids",
      validationDetails(parsed.error),
    );
  return NextResponse.json({
    annotations: await listAnnotationsForArticle(actor, articleId, { ids: parsed.data }),
  });
});

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const input = await readJson(request, createAnnotationSchema);
  const annotation = await createAnnotation(actor, articleId, input);
  return NextResponse.json({ annotation }, { status: 201 });
});
