import { NextResponse } from "next/server";
import { createAnnotation, listAnnotationsForArticle } from "@/lib/data/annotations";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createAnnotationSchema } from "@/lib/validation/annotations";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ annotations: await listAnnotationsForArticle(actor, routeId(params.id, "Article")) }),
);

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const input = await readJson(request, createAnnotationSchema);
  const annotation = await createAnnotation(actor, articleId, input);
  return NextResponse.json({ annotation }, { status: 201 });
});
