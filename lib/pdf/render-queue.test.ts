import { describe, expect, it } from "vitest";
import { createRenderQueue, type RenderQueueOptions } from "./render-queue";

const options = (extra: Partial<RenderQueueOptions> = {}): RenderQueueOptions => ({
  concurrency: 1,
  maxWaiting: 2,
  timeoutMs: 60_000,
  retryAfterSeconds: 7,
  ...extra,
});

/** A task that runs until the test finishes it, recording when it started and the signal it got. */
function controlledTask(log: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: unknown) => void;
  const state: { signal?: AbortSignal } = {};
  const task = (signal: AbortSignal) => {
    log.push(`start ${name}`);
    state.signal = signal;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    task,
    state,
    finish: (value = name) => finish(value),
    fail: (error: unknown) => fail(error),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the PDF render queue", () => {
  it("runs at most `concurrency` tasks at once, the others in order as slots free up", async () => {
    const queue = createRenderQueue(options({ concurrency: 1 }));
    const log: string[] = [];
    const [a, b, c] = [
      controlledTask(log, "a"),
      controlledTask(log, "b"),
      controlledTask(log, "c"),
    ];
    const results = [queue.run(a.task), queue.run(b.task)];
    await tick();
    expect(log).toEqual(["start a"]);
    expect(queue.stats()).toEqual({ running: 1, waiting: 1 });
    a.finish();
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    results.push(queue.run(c.task));
    b.finish();
    await tick();
    c.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once with BUSY and a retry-after when too many already wait", async () => {
    const queue = createRenderQueue(
      options({ concurrency: 1, maxWaiting: 1, retryAfterSeconds: 7 }),
    );
    const log: string[] = [];
    const running = controlledTask(log, "running");
    void queue.run(running.task);
    void queue.run(controlledTask(log, "waiting").task);
    await expect(queue.run(controlledTask(log, "refused").task)).rejects.toMatchObject({
      code: "BUSY",
      retryAfterSeconds: 7,
    });
    await tick();
    expect(log).toEqual(["start running"]);
  });

  it("drops a waiting request whose client went away, without ever starting it", async () => {
    const queue = createRenderQueue(options());
    const log: string[] = [];
    const first = controlledTask(log, "first");
    const gone = controlledTask(log, "gone");
    const next = controlledTask(log, "next");
    const firstResult = queue.run(first.task);
    const client = new AbortController();
    const goneResult = queue.run(gone.task, client.signal);
    const nextResult = queue.run(next.task);
    client.abort(new Error("client disconnected"));
    await expect(goneResult).rejects.toThrow("client disconnected");
    expect(queue.stats()).toEqual({ running: 1, waiting: 1 });
    first.finish();
    await tick();
    next.finish();
    expect(await Promise.all([firstResult, nextResult])).toEqual(["first", "next"]);
    expect(log).toEqual(["start first", "start next"]);
  });

  it("refuses a request whose client is already gone", async () => {
    const queue = createRenderQueue(options());
    await expect(
      queue.run(async () => "never", AbortSignal.abort(new Error("gone"))),
    ).rejects.toThrow("gone");
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("aborts a running task when its client goes away, and frees the slot once the task has stopped", async () => {
    const queue = createRenderQueue(options());
    const log: string[] = [];
    const render = controlledTask(log, "render");
    const client = new AbortController();
    const result = queue.run(render.task, client.signal);
    await tick();
    client.abort(new Error("client disconnected"));
    await expect(result).rejects.toThrow("client disconnected");
    expect(render.state.signal?.aborted).toBe(true);
    expect(queue.stats().running).toBe(1);
    render.fail(new Error("page closed"));
    await tick();
    expect(queue.stats().running).toBe(0);
  });

  it("stops a task that overruns the time limit with TIMEOUT, aborting its signal", async () => {
    const queue = createRenderQueue(options({ timeoutMs: 20 }));
    let seen: AbortSignal | undefined;
    const result = queue.run((signal) => {
      seen = signal;
      return new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason)),
      );
    });
    await expect(result).rejects.toMatchObject({ code: "TIMEOUT" });
    expect(seen?.aborted).toBe(true);
    await tick();
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("passes a task's own failure through and keeps serving", async () => {
    const queue = createRenderQueue(options());
    await expect(
      queue.run(async () => Promise.reject(new Error("Chromium crashed"))),
    ).rejects.toThrow("Chromium crashed");
    expect(await queue.run(async () => "ok")).toBe("ok");
  });
});
