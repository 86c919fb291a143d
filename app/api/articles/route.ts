import { NextResponse } from "next/server";
import { createArticle, listArticles } from "@/lib/data/articles";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createArticleSchema } from "@/lib/validation/articles";

export const GET = apiRoute(async ({ actor }) => NextResponse.json({ articles: await listArticles(actor) }));

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, createArticleSchema);
  const article = await createArticle(actor, input);
  return NextResponse.json({ article }, { status: 201, headers: { Location: `/api/articles/${article.id}` } });
});
