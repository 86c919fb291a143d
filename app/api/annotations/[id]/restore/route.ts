import { NextResponse } from "next/server";
import { restoreAnnotation } from "@/lib/data/annotations/delete-annotation";
import { apiRoute, routeId } from "@/lib/http/api-route";

/** Undo of a delete, for a few minutes after it. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({
    annotation: await restoreAnnotation(actor, routeId(params.id, "Annotation")),
  }),
);
