import { NextResponse } from "next/server";
import { listAnnotationHistory } from "@/lib/data/annotations/annotation-history";
import { apiRoute, routeId } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({
    events: await listAnnotationHistory(actor, routeId(params.id, "Annotation")),
  }),
);
