"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { MAX_DETAIL_IDS } from "@/lib/validation/constants";
import { fetchAnnotationDetailsRequest } from "./annotation-api";
import type { StoredAnnotation } from "./use-annotation-store";

type Store = {
  byId: ReadonlyMap<string, StoredAnnotation>;
  upsert: (incoming: StoredAnnotation[]) => void;
  remove: (ids: string[]) => void;
};

/**
 * Loads the full details of annotations the page only knows from the outline, when a sidebar
 * page needs them. Each id is asked for once at a time; one that comes back missing was deleted
 * meanwhile and leaves the store. A failure is reported and the same ids can be asked for again.
 */
export function useAnnotationDetails(articleId: string, store: Store) {
  const { upsert, remove } = store;
  const byId = useRef(store.byId);
  useEffect(() => {
    byId.current = store.byId;
  }, [store.byId]);
  const inFlight = useRef(new Set<string>());
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (ids: readonly string[]) => {
      const wanted = ids.filter((id) => byId.current.get(id)?.partial && !inFlight.current.has(id));
      for (let i = 0; i < wanted.length; i += MAX_DETAIL_IDS) {
        const batch = wanted.slice(i, i + MAX_DETAIL_IDS);
        for (const id of batch) inFlight.current.add(id);
        const result = await fetchAnnotationDetailsRequest(articleId, batch);
        for (const id of batch) inFlight.current.delete(id);
        if (!result.ok) {
          setError(`Could not load annotation details: ${result.error.message}`);
          return;
        }
        setError(null);
        const found = new Set(result.data.annotations.map((a: AnnotationView) => a.id));
        upsert(result.data.annotations);
        const gone = batch.filter((id) => !found.has(id));
        if (gone.length) remove(gone);
      }
    },
    [articleId, upsert, remove],
  );

  return { load, error };
}
