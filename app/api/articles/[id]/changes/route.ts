import { NextResponse } from "next/server";
import { listAnnotationChanges } from "@/lib/data/annotations/annotation-changes";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { changesQuerySchema } from "@/lib/validation/change-cursor";

/**
 * The change feed, polled by open pages that cannot hold the push stream (./stream): changes after
 * `since` (the previous answer's cursor; at first the one the page was rendered with).
 */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { since } = parseQuery(request, changesQuerySchema);
  const changes = await listAnnotationChanges(actor, routeId(params.id, "Article"), since);
  return NextResponse.json(changes, { headers: { "Cache-Control": "no-store" } });
});
