import { NextResponse } from "next/server";
import { previewArticleContent, previewArticleFromUrl } from "@/lib/data/articles/preview-article";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { previewSchema } from "@/lib/validation/articles";

const PREVIEW_JSON_BYTES = 24 * 1024 * 1024;

/**
 * What an article would be, nothing added yet: `{ url }` fetches the page (the request's signal
 * ends the fetch when the caller goes away), `{ format, content }` converts pasted or uploaded text.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, previewSchema, PREVIEW_JSON_BYTES);
  const preview =
    "content" in input
      ? await previewArticleContent(actor, input)
      : await previewArticleFromUrl(actor, input.url, { signal: request.signal });
  return NextResponse.json({ preview });
});
