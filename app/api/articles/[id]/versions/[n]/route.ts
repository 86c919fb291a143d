import { NextResponse } from "next/server";
import { getVersion } from "@/lib/data/articles/article-versions";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { versionNumber } from "@/lib/validation/articles";

export const GET = apiRoute<{ id: string; n: string }>(async ({ actor, params }) =>
  NextResponse.json({
    version: await getVersion(actor, routeId(params.id, "Article"), versionNumber(params.n)),
  }),
);
