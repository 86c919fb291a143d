import { NextResponse } from "next/server";
import { diffVersions } from "@/lib/data/articles/version-diff";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { diffQuerySchema } from "@/lib/validation/articles";

/** `?from=1&to=2`: words added and removed, and the annotations the changes touched. */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { from, to } = parseQuery(request, diffQuerySchema);
  return NextResponse.json(await diffVersions(actor, routeId(params.id, "Article"), from, to));
});
