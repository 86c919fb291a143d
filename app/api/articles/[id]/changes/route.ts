import { NextResponse } from "next/server";
import { listAnnotationChanges } from "@/lib/data/annotations";
import { AppError } from "@/lib/errors";
import { apiRoute, routeId } from "@/lib/http/api-route";

/** Polled by open article pages: annotations changed or deleted since `since` (an ISO time from the previous answer's cursor). */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const since = new Date(new URL(request.url).searchParams.get("since") ?? "");
  if (Number.isNaN(since.getTime())) throw new AppError("VALIDATION", "since must be an ISO date-time (the cursor of the previous answer)");
  const changes = await listAnnotationChanges(actor, routeId(params.id, "Article"), since);
  return NextResponse.json(changes, { headers: { "Cache-Control": "no-store" } });
});
