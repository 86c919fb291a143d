"use client";

import { useEffect, useState } from "react";
import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

export type StatusCounts = Record<AnnotationStatus, number>;

/** The reader announces its counts with this window event: the header is rendered apart from it, on the server. */
const STATUS_COUNTS_EVENT = "factmark:status-counts";

export function announceStatusCounts(counts: StatusCounts): void {
  window.dispatchEvent(new CustomEvent<StatusCounts>(STATUS_COUNTS_EVENT, { detail: counts }));
}

/**
 * The header's "Sourced 11 · Disputed 14 · Unverified 4": the server's counts first, then the
 * reader's as annotations are added, edited, deleted or orphaned (here and by others, through the
 * live feed). Orphans are not counted: they are not placed in the text.
 */
export function LiveStatusCounts({ initial }: { initial: StatusCounts }) {
  const [counts, setCounts] = useState(initial);
  useEffect(() => {
    const onCounts = (event: Event) => setCounts((event as CustomEvent<StatusCounts>).detail);
    window.addEventListener(STATUS_COUNTS_EVENT, onCounts);
    return () => window.removeEventListener(STATUS_COUNTS_EVENT, onCounts);
  }, []);
  return (
    <dl className="flex flex-wrap gap-4 text-sm" aria-label="Annotations by status">
      {ANNOTATION_STATUSES.map((status) => (
        <div key={status} className="inline-flex items-center gap-1 text-stone-800">
          <StatusIcon status={status} />
          <dt>{STATUS_LABEL[status]}</dt>
          <dd className="font-semibold tabular-nums">{counts[status]}</dd>
        </div>
      ))}
    </dl>
  );
}
