import Link from "next/link";

const LINK =
  "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-stone-900 hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600";

type Props = {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  hrefFor: (page: number) => string;
};

/** Previous/Next links (plain links: pages work without JavaScript and can be bookmarked), and where this page sits. */
export function ListPagination({ page, pageSize, total, shown, hrefFor }: Props) {
  const first = (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  const hasNext = last < total;
  return (
    <nav
      aria-label="Pages"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-stone-700"
    >
      <p aria-live="polite">
        {shown > 0
          ? `Showing ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`
          : `Page ${page} is past the last of ${total.toLocaleString("en")}`}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link
            href={hrefFor(Math.min(page - 1, Math.max(1, Math.ceil(total / pageSize))))}
            rel="prev"
            className={LINK}
          >
            Previous
          </Link>
        )}
        {hasNext && (
          <Link href={hrefFor(page + 1)} rel="next" className={LINK}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
