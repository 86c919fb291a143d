"use client";

import { useCallback, useMemo, useState } from "react";
import { expandOutline, type AnnotationOutline } from "@/lib/contracts/outline";
import type { AnnotationView } from "@/lib/contracts/annotation";

/** pending: an optimistic local change not yet confirmed; partial: known only from the outline, details not loaded yet. */
export type StoredAnnotation = AnnotationView & { pending?: boolean; partial?: boolean };

function byTextOrder(a: StoredAnnotation, b: StoredAnnotation): number {
  if (!a.anchor || !b.anchor)
    return a.anchor ? -1 : b.anchor ? 1 : a.createdAt.localeCompare(b.createdAt);
  return (
    a.anchor.start - b.anchor.start ||
    b.anchor.end - a.anchor.end ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/**
 * The article's annotations on the client: optimistic adds (confirmed or rolled back), edits,
 * deletes and live changes from others. A change never replaces a newer version of the same annotation.
 */
export function useAnnotationStore(outline: AnnotationOutline, details: AnnotationView[]) {
  const [byId, setById] = useState(() => {
    const map = new Map<string, StoredAnnotation>(expandOutline(outline).map((a) => [a.id, a]));
    for (const a of details) map.set(a.id, a);
    return map;
  });

  /**
   * Adds or updates. Without `force`, an older version never replaces a newer one, and a
   * same-version copy from the server never undoes a local optimistic edit.
   */
  const upsert = useCallback((incoming: StoredAnnotation[], options: { force?: boolean } = {}) => {
    setById((current) => {
      let next: Map<string, StoredAnnotation> | null = null;
      for (const annotation of incoming) {
        const existing = (next ?? current).get(annotation.id);
        // Reviews and replies touch updatedAt without a new version; they count as newer too.
        // A full copy always replaces an outline-only one.
        const isStale =
          existing &&
          !existing.partial &&
          (annotation.version < existing.version ||
            (annotation.version === existing.version &&
              !annotation.pending &&
              (existing.pending || annotation.updatedAt <= existing.updatedAt)));
        if (isStale && !options.force) continue;
        next ??= new Map(current);
        next.set(annotation.id, annotation);
      }
      return next ?? current;
    });
  }, []);

  const remove = useCallback((ids: string[]) => {
    setById((current) => {
      if (!ids.some((id) => current.has(id))) return current;
      const next = new Map(current);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);

  /** Swaps an optimistic placeholder for the server's answer. */
  const confirm = useCallback((tempId: string, saved: AnnotationView) => {
    setById((current) => {
      const next = new Map(current);
      next.delete(tempId);
      next.set(saved.id, saved);
      return next;
    });
  }, []);

  const annotations = useMemo(() => [...byId.values()].sort(byTextOrder), [byId]);
  return { annotations, byId, upsert, remove, confirm };
}
