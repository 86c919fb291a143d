import { NextResponse } from "next/server";
import { getArticle } from "@/lib/data/articles";
import { updateArticle } from "@/lib/data/update-article";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { updateArticleSchema } from "@/lib/validation/articles";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ article: await getArticle(actor, routeId(params.id, "Article")) }),
);

/** Revise title, metadata or body; send the `version` you read (409 when it is stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Article");
  const input = await readJson(request, updateArticleSchema);
  return NextResponse.json({ article: await updateArticle(actor, id, input) });
});
