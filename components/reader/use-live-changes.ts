"use client";

import { useEffect, useRef } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { fetchChangesRequest } from "./annotation-api";

export const LIVE_POLL_MS = 1000;

/**
 * Polls the article's change feed. Polling the database (not an in-memory bus) keeps it right
 * when several app instances share one PostgreSQL. Pauses while the tab is hidden.
 */
export function useLiveChanges(
  articleId: string,
  initialCursor: string,
  onChanges: (annotations: AnnotationView[], deletedIds: string[], articleVersion: number) => void,
) {
  const callback = useRef(onChanges);
  useEffect(() => {
    callback.current = onChanges;
  }, [onChanges]);

  useEffect(() => {
    let cursor = initialCursor;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      if (!document.hidden) {
        const result = await fetchChangesRequest(articleId, cursor);
        if (stopped) return;
        if (result.ok) {
          cursor = result.data.cursor;
          callback.current(
            result.data.annotations,
            result.data.deletedIds,
            result.data.articleVersion,
          );
          // A burst (an import) comes in pages: fetch the rest straight away.
          if (result.data.hasMore) {
            timer = setTimeout(poll, 0);
            return;
          }
        }
      }
      timer = setTimeout(poll, LIVE_POLL_MS);
    };
    timer = setTimeout(poll, LIVE_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [articleId, initialCursor]);
}
