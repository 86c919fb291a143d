import { NextResponse } from "next/server";
import { listVersions } from "@/lib/data/articles/article-versions";
import { apiRoute, routeId } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ versions: await listVersions(actor, routeId(params.id, "Article")) }),
);
