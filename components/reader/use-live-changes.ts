"use client";

import { useEffect, useRef } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { annotationChangesSchema, type AnnotationChanges } from "@/lib/contracts/changes";
import { changeStreamUrl, fetchChangesRequest } from "./annotation-api";

const LIVE_POLL_MS = 1000;
/** Stream errors in a row, with no event between them, before the page polls the feed instead. */
const STREAM_FAILURES = 3;

/**
 * Follows the article's change feed: pushed over Server-Sent Events (the server hears of changes
 * from PostgreSQL's NOTIFY, so from every app instance), or, when the stream cannot be held (a
 * proxy that refuses it, repeated errors), polled with the same cursor. Either way the cursor is
 * the seq of the last change received, so nothing is missed across a reconnect. Closes the stream
 * while the tab is hidden (browsers allow few connections per server) and resumes from the cursor.
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
    let source: EventSource | null = null;
    let failures = 0;
    let polling = typeof EventSource === "undefined";

    const deliver = (answer: AnnotationChanges) => {
      cursor = answer.cursor;
      callback.current(answer.annotations, answer.deletedIds, answer.articleVersion);
    };

    const poll = async () => {
      if (!document.hidden) {
        const result = await fetchChangesRequest(articleId, cursor);
        if (stopped) return;
        if (result.ok) {
          deliver(result.data);
          // A burst (an import) comes in pages: fetch the rest straight away.
          if (result.data.hasMore) {
            timer = setTimeout(poll, 0);
            return;
          }
        }
      }
      timer = setTimeout(poll, LIVE_POLL_MS);
    };

    const closeStream = () => {
      source?.close();
      source = null;
    };
    const fallBackToPolling = () => {
      closeStream();
      polling = true;
      clearTimeout(timer);
      timer = setTimeout(poll, 0);
    };
    const openStream = () => {
      if (stopped || polling || source || document.hidden) return;
      const stream = new EventSource(changeStreamUrl(articleId, cursor));
      source = stream;
      stream.addEventListener("changes", (event) => {
        failures = 0;
        // Checked against its contract like every API answer; a wrong shape is dropped.
        const parsed = annotationChangesSchema.safeParse(
          JSON.parse((event as MessageEvent<string>).data),
        );
        if (parsed.success) deliver(parsed.data);
      });
      // The server ended it (signed out, or the article is gone): the feed answers why.
      stream.addEventListener("end", fallBackToPolling);
      // EventSource reconnects by itself (with Last-Event-ID) unless the answer was an error.
      stream.onerror = () => {
        failures += 1;
        if (failures >= STREAM_FAILURES || stream.readyState === EventSource.CLOSED)
          fallBackToPolling();
      };
    };
    const onVisibility = () => (document.hidden ? closeStream() : openStream());

    if (polling) timer = setTimeout(poll, LIVE_POLL_MS);
    else openStream();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      closeStream();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [articleId, initialCursor]);
}
