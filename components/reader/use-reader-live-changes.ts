import { useCallback, useState, type RefObject } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { useLiveChanges } from "./use-live-changes";
import type { useAnnotationStore } from "./use-annotation-store";

/**
 * Colleagues' changes into the page's store, except what was deleted here meanwhile; the newer
 * version when the article was revised (null while it is the one on the page).
 */
export function useReaderLiveChanges(
  articleId: string,
  initialCursor: string,
  articleVersion: number,
  store: ReturnType<typeof useAnnotationStore>,
  hiddenIds: RefObject<Set<string>>,
): number | null {
  const [revisedTo, setRevisedTo] = useState<number | null>(null);
  useLiveChanges(
    articleId,
    initialCursor,
    useCallback(
      (changed: AnnotationView[], deletedIds: string[], nowVersion: number) => {
        // Annotations re-anchored on a newer text would be painted in the wrong places on this one: stop and offer a reload.
        if (nowVersion !== articleVersion) return setRevisedTo(nowVersion);
        if (changed.length) store.upsert(changed.filter((a) => !hiddenIds.current.has(a.id)));
        if (deletedIds.length) store.remove(deletedIds);
      },
      [store, hiddenIds, articleVersion],
    ),
  );
  return revisedTo;
}
