import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import type { ArticleFacets } from "@/lib/contracts/article";
import { MAX_QUERY_CHARS, type ArticleSearchQuery } from "@/lib/validation/article-search";

const SORTS = [
  ["relevance", "Best match"],
  ["newest", "Newest first"],
  ["oldest", "Oldest first"],
  ["title", "Title (A–Z)"],
  ["most_disputed", "Most disputed claims"],
] as const;

const flagValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

type Props = {
  query: ArticleSearchQuery;
  facets: ArticleFacets;
  canSeeArchived: boolean;
  filtered: boolean;
};

/**
 * A plain GET form: the search lives in the URL, so it can be shared or bookmarked and works
 * without JavaScript. Submitting starts again at page 1 (the form has no page field).
 */
export function ArticleSearchForm({ query, facets, canSeeArchived, filtered }: Props) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Search and filter articles"
      className="mb-4 space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
    >
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-stone-800">
          Search titles and text
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={MAX_QUERY_CHARS}
            placeholder={'Words, or "an exact phrase"'}
            className="rounded border border-stone-300 bg-white px-2 py-1.5 text-stone-900 placeholder:text-stone-500"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-4 py-1.5 font-medium text-white hover:bg-stone-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
        >
          Search
        </button>
        {filtered && (
          <Link href="/" className="px-2 py-1.5 text-blue-800 underline">
            Clear
          </Link>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect
          label="Outlet"
          name="outlet"
          value={query.outlet}
          anyLabel="Any outlet"
          options={facets.outlets.map((o) => [o, o] as const)}
          className="max-w-56"
        />
        <FilterSelect
          label="Added by"
          name="addedBy"
          value={query.addedBy}
          anyLabel="Anyone"
          options={facets.adders.map((u) => [u.id, u.name] as const)}
          className="max-w-48"
        />
        <FilterSelect
          label="Disputed claims"
          name="hasDisputed"
          value={flagValue(query.hasDisputed)}
          anyLabel="Any"
          options={[
            ["true", "With disputed claims"],
            ["false", "Without disputed claims"],
          ]}
        />
        <FilterSelect
          label="Stealth edits"
          name="stealthEdited"
          value={flagValue(query.stealthEdited)}
          anyLabel="Any"
          options={[
            ["true", "Changed without notice"],
            ["false", "No stealth edit seen"],
          ]}
        />
        {canSeeArchived && (
          <FilterSelect
            label="Archive"
            name="archived"
            value={query.archived}
            anyLabel="Live articles"
            options={[
              ["archived", "Archived only"],
              ["all", "Live and archived"],
            ]}
          />
        )}
        <FilterSelect
          label="Sort"
          name="sort"
          value={query.sort}
          anyLabel="Best match, else newest"
          options={SORTS}
        />
      </div>
    </form>
  );
}
