"use client";

import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

export type Filters = { statuses: ReadonlySet<AnnotationStatus>; author: string };
export const ALL_AUTHORS = "all";
export const MINE = "mine";

type Props = {
  filters: Filters;
  counts: Record<AnnotationStatus, number>;
  /** `key`: the account id, or an external author's own key (see author-key.ts). */
  authors: { key: string; name: string; external: boolean }[];
  onChange: (filters: Filters) => void;
};

export function AnnotationFilters({ filters, counts, authors, onChange }: Props) {
  const toggle = (status: AnnotationStatus) => {
    const statuses = new Set(filters.statuses);
    if (statuses.has(status)) statuses.delete(status);
    else statuses.add(status);
    onChange({ ...filters, statuses });
  };
  return (
    <div className="mb-3 space-y-2" role="group" aria-label="Filter annotations">
      <div className="flex flex-wrap gap-1">
        {ANNOTATION_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={filters.statuses.has(status)}
            onClick={() => toggle(status)}
            className="inline-flex items-center gap-1 rounded-full border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-600 aria-pressed:border-stone-800 aria-pressed:bg-stone-800 aria-pressed:text-white focus-visible:ring-2 focus-visible:ring-blue-600"
          >
            <StatusIcon status={status} />
            {STATUS_LABEL[status]} <span className="tabular-nums">{counts[status]}</span>
          </button>
        ))}
      </div>
      <label className="flex items-center gap-2 text-xs text-stone-700">
        Author
        <select
          value={filters.author}
          onChange={(e) => onChange({ ...filters, author: e.target.value })}
          className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs text-stone-900"
        >
          <option value={ALL_AUTHORS}>Everyone</option>
          <option value={MINE}>Only mine</option>
          {authors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.external ? `${a.name} (external)` : a.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
