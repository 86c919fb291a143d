import "server-only";
import type { AnnotationChanges } from "@/lib/contracts/changes";
import { AppError } from "@/lib/errors";
import { changeSeqSchema } from "@/lib/validation/change-cursor";

/** Under the idle timeouts of proxies and load balancers (often 60 s), so they keep the stream open. */
const HEARTBEAT_MS = 15_000;
/** How soon a browser reconnects after the stream dropped (EventSource's `retry`). */
const RETRY_MS = 2000;

export type ChangeStreamSource = {
  /** The feed after a seq; throws when the reader may no longer see the article. */
  read: (after: number) => Promise<AnnotationChanges>;
  /** Calls back when the article may have changed; returns the unsubscribe function. */
  subscribe: (onChange: (seq: number | null) => void) => () => void;
  /** Is the session or token that opened the stream still valid? */
  isStillSignedIn: () => Promise<boolean>;
};

/**
 * Where a stream starts: the browser's Last-Event-ID when it reconnects by itself (the seq of the
 * last event it got), else `?since=` (the cursor the page was rendered with).
 */
export function streamStart(request: Request): number {
  const value =
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("since");
  const parsed = changeSeqSchema.safeParse(value ?? undefined);
  if (!parsed.success)
    throw new AppError("VALIDATION", "since (or Last-Event-ID) must be the cursor of the feed");
  return parsed.data;
}

const encoder = new TextEncoder();

/**
 * Server-Sent Events of an article's change feed: an event per answer of the feed (its cursor as
 * the event id), read when a change is announced and, as a safety net for a missed announcement,
 * at every heartbeat; the heartbeat also checks that the reader is still signed in and may still
 * see the article, and ends the stream (event `end`) when not.
 */
export function changeStreamResponse(
  signal: AbortSignal,
  from: number,
  first: AnnotationChanges,
  source: ChangeStreamSource,
  { heartbeatMs = HEARTBEAT_MS }: { heartbeatMs?: number } = {},
): Response {
  let cursor = from;
  let version: number | null = null;
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let closed = false;
  const cleanups: (() => void)[] = [];

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        for (const cleanup of cleanups) cleanup();
        controller.close();
      };
      const send = (changes: AnnotationChanges) => {
        const next = Number(changes.cursor);
        if (next === cursor && changes.articleVersion === version) return;
        cursor = next;
        version = changes.articleVersion;
        write(`id: ${cursor}\nevent: changes\ndata: ${JSON.stringify(changes)}\n\n`);
      };
      const end = (reason: string) => {
        write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
        close();
      };
      const pump = async () => {
        for (let more = true; more && !closed;) {
          const changes = await source.read(cursor);
          more = changes.hasMore;
          send(changes);
        }
      };
      // One read at a time; announcements during a read ask for one more read after it.
      const read = () => {
        if (closed) return;
        if (reading) {
          readAgain = true;
          return;
        }
        reading = pump()
          .catch((error: unknown) =>
            end(error instanceof AppError ? error.code.toLowerCase() : "error"),
          )
          .finally(() => {
            reading = null;
            if (readAgain) {
              readAgain = false;
              read();
            }
          });
      };
      const heartbeat = setInterval(() => {
        write(": heartbeat\n\n");
        void source
          .isStillSignedIn()
          .then((valid) => (valid ? read() : end("unauthenticated")))
          .catch(() => end("error"));
      }, heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat));
      cleanups.push(source.subscribe((seq) => (seq === null || seq > cursor ? read() : undefined)));
      signal.addEventListener("abort", close, { once: true });
      cleanups.push(() => signal.removeEventListener("abort", close));
      write(`retry: ${RETRY_MS}\n\n`);
      send(first);
      if (first.hasMore) read();
    },
    cancel() {
      closed = true;
      for (const cleanup of cleanups) cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression (Next's included) must not buffer the events.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
