import { NextResponse } from "next/server";
import { archiveArticle } from "@/lib/data/articles/archive-article";
import { apiRoute, routeId } from "@/lib/http/api-route";

/** Editors and admins; no body. Cookie-authenticated calls must come from our pages (apiRoute checks the origin). */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ article: await archiveArticle(actor, routeId(params.id, "Article")) }),
);
