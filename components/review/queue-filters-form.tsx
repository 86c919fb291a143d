import { FilterSelect } from "@/components/ui/filter-select";
import { STATUS_LABEL } from "@/components/ui/status-badge";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";
import type { QueueFilters } from "@/lib/contracts/review-queue";
import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";

type Options = {
  articles: { id: string; title: string }[];
  authors: { id: string; name: string }[];
};

/** A plain GET form: filters live in the URL, so a filtered queue can be shared or bookmarked. */
export function QueueFiltersForm({
  filters,
  options,
}: {
  filters: QueueFilters;
  options: Options;
}) {
  return (
    <form
      method="get"
      className="my-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      aria-label="Filter the queue"
    >
      <FilterSelect
        label="Article"
        name="article"
        value={filters.articleId}
        anyLabel="All articles"
        options={options.articles.map((a) => [a.id, a.title] as const)}
        className="max-w-64"
      />
      <FilterSelect
        label="Status"
        name="status"
        value={filters.status}
        anyLabel="Any status"
        options={ANNOTATION_STATUSES.map((s) => [s, STATUS_LABEL[s]] as const)}
      />
      <FilterSelect
        label="Author"
        name="author"
        value={filters.authorId}
        anyLabel="Anyone"
        options={options.authors.map((a) => [a.id, a.name] as const)}
      />
      <FilterSelect
        label="Review state"
        name="reviewState"
        value={filters.reviewState}
        anyLabel="Open or changes requested"
        options={REVIEW_STATES.map((s) => [s, REVIEW_STATE_LABEL[s]] as const)}
      />
      <button
        type="submit"
        className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700"
      >
        Apply
      </button>
    </form>
  );
}
