/** How long synchronous work may hold the event loop before letting other requests run. */
const SLICE_MS = 20;

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `items.map(work)` for CPU-bound work over many items (anchoring an import), yielding to the
 * event loop every SLICE_MS so a server keeps answering other requests meanwhile. A promise
 * chain alone would not: resolved promises run as microtasks, ahead of any waiting I/O.
 */
export async function yieldingMap<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => R,
): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextMacrotask();
      sliceStart = performance.now();
    }
    results.push(work(items[i]!, i));
  }
  return results;
}
