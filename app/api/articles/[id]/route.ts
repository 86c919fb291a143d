import { NextResponse } from "next/server";
import { getArticle } from "@/lib/data/articles";
import { apiRoute, routeId } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ article: await getArticle(actor, routeId(params.id, "Article")) }),
);
