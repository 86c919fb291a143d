import { NextResponse } from "next/server";
import { getAnnotation } from "@/lib/data/annotations/annotations";
import { deleteAnnotation } from "@/lib/data/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";
import { AppError } from "@/lib/errors";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { updateAnnotationSchema, versionQuerySchema } from "@/lib/validation/annotations";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ annotation: await getAnnotation(actor, routeId(params.id, "Annotation")) }),
);

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Annotation");
  const input = await readJson(request, updateAnnotationSchema);
  return NextResponse.json({ annotation: await updateAnnotation(actor, id, input) });
});

export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Annotation");
  const parsed = versionQuerySchema.safeParse(
    new URL(request.url).searchParams.get("version") ?? undefined,
  );
  if (!parsed.success) throw new AppError("VALIDATION", "version must be a positive whole number");
  await deleteAnnotation(actor, id, parsed.data);
  return new NextResponse(null, { status: 204 });
});
