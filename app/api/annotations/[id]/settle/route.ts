import { NextResponse } from "next/server";
import { settleAnnotation } from "@/lib/data/reviews/settle-annotation";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { settleSchema } from "@/lib/validation/reviews";

/** Editors and admins: approved, rejected or changes_requested, with an optional comment. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Annotation");
  const input = await readJson(request, settleSchema);
  return NextResponse.json({ annotation: await settleAnnotation(actor, id, input) });
});
