import { NextResponse } from "next/server";
import { getArticle } from "@/lib/data/articles/articles";
import { updateArticle } from "@/lib/data/articles/update-article";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { updateArticleSchema } from "@/lib/validation/articles";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ article: await getArticle(actor, routeId(params.id, "Article")) }),
);

const REVISION_JSON_BYTES = 24 * 1024 * 1024;

/**
 * Revise title, metadata or text (`body`, `{ format, content }` or `{ refetch: true }`); send the
 * `version` you read (409 when it is stale). Answers the article and, for a new text, the
 * re-anchoring report `{ exact, moved, changed, orphaned }`.
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Article");
  const input = await readJson(request, updateArticleSchema, REVISION_JSON_BYTES);
  return NextResponse.json(await updateArticle(actor, id, input, { signal: request.signal }));
});
