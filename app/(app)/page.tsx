import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { ArticleSearchForm } from "@/components/articles/article-search-form";
import { ListPagination } from "@/components/articles/list-pagination";
import { Alert } from "@/components/ui/form-controls";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listArticleFacets } from "@/lib/data/articles/article-facets";
import { searchArticles } from "@/lib/data/articles/search-articles";
import { canCreateArticle, canSeeArchived } from "@/lib/permissions/roles";
import {
  articleSearchQuerySchema,
  searchParamsObject,
  type ArticleSearchQuery,
} from "@/lib/validation/article-search";

export const metadata: Metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The URL of another page of the same search. */
function hrefFor(query: ArticleSearchQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page: page > 1 ? page : undefined }))
    if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/");
  const parsed = articleSearchQuerySchema.safeParse(searchParamsObject(await searchParams));
  // A hand-edited or outdated link should still show the library, with a word on what was ignored.
  const query: ArticleSearchQuery = parsed.success ? parsed.data : {};
  // The archive control is not offered to reviewers; a link naming it shows them the live list.
  if (!canSeeArchived(actor)) delete query.archived;
  const [result, facets] = await Promise.all([
    searchArticles(actor, query),
    listArticleFacets(actor),
  ]);
  const filtered = Object.entries(query).some(
    ([key, value]) => value !== undefined && key !== "page" && key !== "pageSize" && key !== "sort",
  );
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Articles</h1>
        {canCreateArticle(actor) && (
          <Link
            href="/articles/new"
            className="inline-flex items-center rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
          >
            New article
          </Link>
        )}
      </div>
      {(filtered || result.total > 0) && (
        <ArticleSearchForm
          query={query}
          facets={facets}
          canSeeArchived={canSeeArchived(actor)}
          filtered={filtered}
        />
      )}
      {!parsed.success && (
        <div className="mb-4">
          <Alert tone="info">
            Some search settings in this link were not understood, so the whole library is shown.
          </Alert>
        </div>
      )}
      <ArticleList
        articles={result.articles}
        canCreate={canCreateArticle(actor)}
        filtered={filtered}
      />
      {result.total > 0 && (
        <ListPagination
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          shown={result.articles.length}
          hrefFor={(page) => hrefFor(query, page)}
        />
      )}
    </main>
  );
}
