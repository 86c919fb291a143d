import { NextResponse } from "next/server";
import { previewArticleContent } from "@/lib/data/preview-article";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { previewContentSchema } from "@/lib/validation/articles";

const PREVIEW_JSON_BYTES = 24 * 1024 * 1024;

/** What pasted or uploaded content would become as an article; nothing is written. */
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, previewContentSchema, PREVIEW_JSON_BYTES);
  return NextResponse.json({ preview: await previewArticleContent(actor, input) });
});
