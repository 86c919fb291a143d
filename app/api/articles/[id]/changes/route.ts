import { NextResponse } from "next/server";
import { listAnnotationChanges } from "@/lib/data/annotation-changes";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { changesQuerySchema } from "@/lib/validation/change-cursor";

/** Polled by open article pages: annotations changed or deleted since `since` (the previous answer's cursor; at first an ISO time). */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { since } = parseQuery(request, changesQuerySchema);
  const changes = await listAnnotationChanges(actor, routeId(params.id, "Article"), since);
  return NextResponse.json(changes, { headers: { "Cache-Control": "no-store" } });
});
