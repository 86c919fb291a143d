import { STATUS_LABEL } from "@/components/ui/status-badge";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state";
import type { QueueFilters } from "@/lib/data/review-queue";
import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";

type Options = { articles: { id: string; title: string }[]; authors: { id: string; name: string }[] };
const SELECT = "rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900";

/** A plain GET form: filters live in the URL, so a filtered queue can be shared or bookmarked. */
export function QueueFiltersForm({ filters, options }: { filters: QueueFilters; options: Options }) {
  return (
    <form method="get" className="my-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm" aria-label="Filter the queue">
      <label className="flex flex-col gap-1 text-stone-800">
        Article
        <select name="article" defaultValue={filters.articleId ?? ""} className={`${SELECT} max-w-64`}>
          <option value="">All articles</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-stone-800">
        Status
        <select name="status" defaultValue={filters.status ?? ""} className={SELECT}>
          <option value="">Any status</option>
          {ANNOTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-stone-800">
        Author
        <select name="author" defaultValue={filters.authorId ?? ""} className={SELECT}>
          <option value="">Anyone</option>
          {options.authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-stone-800">
        Review state
        <select name="reviewState" defaultValue={filters.reviewState ?? ""} className={SELECT}>
          <option value="">Open or changes requested</option>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {REVIEW_STATE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
        Apply
      </button>
    </form>
  );
}
