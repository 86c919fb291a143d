"use client";

import type { IntervalIndex } from "@/lib/anchoring";
import { StatusIcon } from "@/components/ui/status-badge";
import type { Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import type { PaintedSpan } from "./highlight-layer";
import { useVisibleSpans, type VisibleSpans } from "./use-visible-spans";

type Marker = { top: number; statuses: AnnotationStatus[] };
const COLOR: Record<AnnotationStatus, string> = {
  sourced: "text-green-800",
  disputed: "text-red-800",
  unverified: "text-yellow-900",
};
const NO_MARKERS: Marker[] = [];

function markersFor({ spans, visible, container, makeRange }: VisibleSpans): Marker[] {
  const origin = container.getBoundingClientRect().top;
  const lines = new Map<number, Set<AnnotationStatus>>();
  for (const span of spans) {
    if (span.start < visible.start) continue;
    const rect = makeRange(span.start, Math.min(span.end, span.start + 1))?.getBoundingClientRect();
    if (!rect) continue;
    const top = Math.round(rect.top - origin);
    const statuses = lines.get(top) ?? new Set();
    statuses.add(span.status);
    lines.set(top, statuses);
  }
  return [...lines].map(([top, statuses]) => ({
    top,
    statuses: ANNOTATION_STATUSES.filter((s) => statuses.has(s)),
  }));
}

/**
 * A status icon in the left margin on each line where an annotation starts: a cue that needs
 * no colour. Only lines on screen get markers (recomputed on scroll), never one per annotation.
 */
export function MarginMarkers({
  containerRef,
  paragraphs,
  index,
}: {
  containerRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  index: IntervalIndex<PaintedSpan>;
}) {
  const markers = useVisibleSpans(containerRef, paragraphs, index, markersFor, NO_MARKERS);
  return (
    <div
      aria-hidden="true"
      data-testid="margin-markers"
      className="pointer-events-none absolute inset-y-0 -left-7 hidden w-6 sm:block"
    >
      {markers.map((marker) => (
        <div
          key={marker.top}
          className="absolute right-0 flex flex-col items-end leading-none"
          style={{ top: marker.top + 6 }}
        >
          {marker.statuses.map((status) => (
            <StatusIcon key={status} status={status} className={`h-3 w-3 ${COLOR[status]}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
