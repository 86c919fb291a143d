import { useEffect, useMemo, useState } from "react";
import { createIntervalIndex } from "@/lib/anchoring";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import { ALL_AUTHORS, MINE, type Filters } from "./annotation-filters";
import { authorKey } from "./author-key";
import type { PaintedSpan } from "./highlight-layer";
import { announceStatusCounts } from "./live-status-counts";

/** The sidebar's filters and what they leave: the cards, the painted spans and their index, the counts and the authors to choose from. */
export function useReaderFilters(annotations: AnnotationView[], currentUserId: string) {
  const [filters, setFilters] = useState<Filters>({
    statuses: new Set(ANNOTATION_STATUSES),
    author: ALL_AUTHORS,
  });
  const visible = useMemo(
    () =>
      annotations.filter(
        (a) =>
          filters.statuses.has(a.status) &&
          (filters.author === ALL_AUTHORS ||
            (filters.author === MINE
              ? a.author.id === currentUserId
              : authorKey(a.author) === filters.author)),
      ),
    [annotations, filters, currentUserId],
  );
  const spans = useMemo<PaintedSpan[]>(
    () =>
      visible.flatMap((a) =>
        a.anchor ? [{ id: a.id, status: a.status, start: a.anchor.start, end: a.anchor.end }] : [],
      ),
    [visible],
  );
  const index = useMemo(() => createIntervalIndex(spans), [spans]);
  const counts = useMemo(() => {
    const result = Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, 0])) as Record<
      AnnotationStatus,
      number
    >;
    // Orphans are listed apart and not placed in the text: the counts, like the header's, leave them out.
    for (const a of annotations) if (!a.orphan) result[a.status]++;
    return result;
  }, [annotations]);
  useEffect(() => announceStatusCounts(counts), [counts]);
  const authors = useMemo(
    () =>
      [
        ...new Map(
          annotations.map((a) => [
            authorKey(a.author),
            { key: authorKey(a.author), name: a.author.name, external: a.author.id === null },
          ]),
        ).values(),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    [annotations],
  );

  const totalCount = useMemo(() => annotations.filter((a) => !a.orphan).length, [annotations]);

  return { filters, setFilters, visible, spans, index, counts, authors, totalCount };
}
