import { NextResponse } from "next/server";
import { createArticle, listArticles } from "@/lib/data/articles";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { newArticleSchema } from "@/lib/validation/articles";

const ARTICLE_JSON_BYTES = 24 * 1024 * 1024;

export const GET = apiRoute(async ({ actor }) => NextResponse.json({ articles: await listArticles(actor) }));

export const POST = apiRoute(async ({ request, actor }) => {
  // HTML pages come with their markup: the content's own limits (lib/article-content/limits.ts) are the real bound.
  const input = await readJson(request, newArticleSchema, ARTICLE_JSON_BYTES);
  const article = await createArticle(actor, input, { signal: request.signal });
  return NextResponse.json({ article }, { status: 201, headers: { Location: `/api/articles/${article.id}` } });
});
