import { AppError } from "@/lib/errors";

export type RenderQueueOptions = {
  /** Renders at once. */
  concurrency: number;
  /** Requests that may wait for a free slot; more are refused at once. */
  maxWaiting: number;
  /** Longest a task may run once started; then its signal aborts and the caller gets TIMEOUT. */
  timeoutMs: number;
  /** Told to refused callers (Retry-After). */
  retryAfterSeconds: number;
};

export type RenderQueue = {
  /**
   * Runs `task` when a slot is free. Refuses with BUSY when too many wait, rejects with the
   * signal's reason when the caller goes away (while waiting or running), with TIMEOUT when the
   * task overruns; in both latter cases the task's own signal aborts so it can stop its work.
   */
  run<T>(task: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  stats(): { running: number; waiting: number };
};

type Waiter = { start: () => void };

const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException("The request was aborted", "AbortError");

export function createRenderQueue(options: RenderQueueOptions): RenderQueue {
  let running = 0;
  const waiting: Waiter[] = [];

  const next = () => {
    running--;
    waiting.shift()?.start();
  };

  function runNow<T>(
    task: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const stopped = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new AppError(
          "TIMEOUT",
          `The PDF was not ready within ${Math.round(options.timeoutMs / 1000)} s: export fewer annotations, without the discussion, or as HTML`,
        );
        controller.abort(error);
        reject(error);
      }, options.timeoutMs);
      onAbort = () => {
        controller.abort(abortReason(signal!));
        reject(abortReason(signal!));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    const work = Promise.resolve().then(() => task(controller.signal));
    // The slot is free only once the task has really stopped, or aborted work would pile up in Chromium.
    void work
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        if (onAbort) signal?.removeEventListener("abort", onAbort);
        next();
      });
    return Promise.race([work, stopped]);
  }

  return {
    run(task, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      if (running < options.concurrency) {
        running++;
        return runNow(task, signal);
      }
      if (waiting.length >= options.maxWaiting) {
        return Promise.reject(
          new AppError(
            "BUSY",
            "The server is busy making other PDFs: try again shortly",
            undefined,
            { retryAfterSeconds: options.retryAfterSeconds },
          ),
        );
      }
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          const index = waiting.indexOf(waiter);
          if (index >= 0) waiting.splice(index, 1);
          reject(abortReason(signal!));
        };
        const waiter: Waiter = {
          start: () => {
            signal?.removeEventListener("abort", onAbort);
            running++;
            runNow(task, signal).then(resolve, reject);
          },
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push(waiter);
      });
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}
