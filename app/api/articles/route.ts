import { NextResponse } from "next/server";
import { createArticle } from "@/lib/data/articles/articles";
import { searchArticles } from "@/lib/data/articles/search-articles";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import {
  articleSearchQuerySchema,
  MAX_PAGE_SIZE,
  searchParamsObject,
} from "@/lib/validation/article-search";
import { newArticleSchema } from "@/lib/validation/articles";

const ARTICLE_JSON_BYTES = 24 * 1024 * 1024;

/** The library: ?q= searches titles and bodies; filters, sort and pages as on the article list (422 on a bad value). */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = articleSearchQuerySchema.parse(
    searchParamsObject(new URL(request.url).searchParams),
  );
  // Callers from before pages were added read one list: give them the largest page unless they ask.
  return NextResponse.json(
    await searchArticles(actor, { ...query, pageSize: query.pageSize ?? MAX_PAGE_SIZE }),
  );
});

export const POST = apiRoute(async ({ request, actor }) => {
  // HTML pages come with their markup: the content's own limits (lib/article-content/limits.ts) are the real bound.
  const input = await readJson(request, newArticleSchema, ARTICLE_JSON_BYTES);
  const article = await createArticle(actor, input, { signal: request.signal });
  return NextResponse.json(
    { article },
    { status: 201, headers: { Location: `/api/articles/${article.id}` } },
  );
});
