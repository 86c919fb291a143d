import { NextResponse } from "next/server";
import { fetchArticleFromUrl } from "@/lib/data/article-preview";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { articleUrlSchema } from "@/lib/validation/articles";

const URL_JSON_BYTES = 16 * 1024;

// The request's signal ends the fetch when the caller goes away, so an abandoned preview stops costing a connection.
export const POST = apiRoute(async ({ request, actor }) => {
  const { url } = await readJson(request, articleUrlSchema, URL_JSON_BYTES);
  return NextResponse.json({ preview: await fetchArticleFromUrl(actor, url, { signal: request.signal }) });
});
