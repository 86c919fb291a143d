import { NextResponse } from "next/server";
import { listClaimSuggestions } from "@/lib/data/articles/claim-suggestions";
import { apiRoute, routeId } from "@/lib/http/api-route";

/** Check-worthy sentences of the article's current text, with why; none an annotation already covers. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json(await listClaimSuggestions(actor, routeId(params.id, "Article"))),
);
