import Link from "next/link";
import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import type { ArticleSummary } from "@/lib/contracts/article";
import type { SnippetPart } from "@/lib/text/search-snippet";
import { ANNOTATION_STATUSES } from "@/lib/validation/annotations";
import { formatDate } from "@/lib/text/format-date";
import { ArchivedBadge } from "./archived-badge";
import { SearchSnippet } from "./search-snippet";

const COUNT_STYLE = {
  sourced: "text-green-800",
  disputed: "text-red-800",
  unverified: "text-yellow-900",
} as const;

type ListedArticle = ArticleSummary & { snippet?: SnippetPart[] | null };

/** `filtered`: a search or filter is applied, so an empty list means nothing matched, not an empty library. */
export function ArticleList({
  articles,
  canCreate,
  filtered = false,
}: {
  articles: ListedArticle[];
  canCreate: boolean;
  filtered?: boolean;
}) {
  if (articles.length === 0 && filtered) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
        <p className="font-medium text-stone-900">No articles match</p>
        <p className="mt-1 text-sm">
          Try fewer or other words, or{" "}
          <Link href="/" className="underline">
            clear the search and filters
          </Link>
          .
        </p>
      </div>
    );
  }
  if (articles.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
        <p className="font-medium text-stone-900">No articles yet</p>
        <p className="mt-1 text-sm">
          {canCreate ? (
            <>
              <Link href="/articles/new" className="underline">
                Add the first article
              </Link>{" "}
              by pasting it, uploading a file or giving its URL.
            </>
          ) : (
            "Articles your team adds appear here."
          )}
        </p>
      </div>
    );
  }
  return (
    <ul
      className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
      aria-label="Articles"
    >
      {articles.map((article) => (
        <li key={article.id} className="p-4 hover:bg-stone-50">
          <h2 className="font-serif text-lg font-semibold leading-snug text-stone-900">
            <Link
              href={`/articles/${article.id}`}
              className="hover:underline focus-visible:underline"
            >
              {article.title}
            </Link>
            {article.archivedAt && <ArchivedBadge className="ml-2 align-middle" />}
          </h2>
          <p className="mt-1 text-sm text-stone-700">
            {[
              article.outlet,
              article.author,
              article.publishedAt ? formatDate(article.publishedAt) : null,
            ]
              .filter(Boolean)
              .join(" · ") || "No source details"}
            {article.stealthEditAt && (
              <span className="ml-2 text-stone-800">
                · Changed without notice {formatDate(article.stealthEditAt)}
              </span>
            )}
          </p>
          {article.snippet && article.snippet.length > 0 && (
            <SearchSnippet parts={article.snippet} />
          )}
          <p className="mt-2 flex flex-wrap gap-4 text-sm" aria-label="Annotations by status">
            {ANNOTATION_STATUSES.map((status) => (
              <span
                key={status}
                className={`inline-flex items-center gap-1 ${COUNT_STYLE[status]}`}
              >
                <StatusIcon status={status} />
                <span className="font-semibold tabular-nums">
                  {article.annotationCounts[status]}
                </span>{" "}
                {STATUS_LABEL[status].toLowerCase()}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
