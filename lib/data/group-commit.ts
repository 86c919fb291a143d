/**
 * Group commit: writes that arrive while a transaction is committing wait for it and are then
 * committed together in the next one, so a transaction's fixed cost (Prisma's per-call work, the
 * commit itself) is shared by everything that queued up meanwhile. A write that arrives when
 * nothing is committing starts at once, alone: no added latency when the server is idle.
 *
 * Each write still gets its own answer and stays all-or-nothing: `commit` must write a batch in
 * one transaction, and when a batch fails its members are committed again one by one, so one bad
 * write fails alone. A promise settles only after the transaction that holds its write committed.
 */
export type GroupCommitter<T> = (item: T) => Promise<void>;

type Pending<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

export function groupCommitter<T>(
  commit: (items: T[]) => Promise<void>,
  { maxBatch = 64 }: { maxBatch?: number } = {},
): GroupCommitter<T> {
  const queue: Pending<T>[] = [];
  let draining = false;

  async function commitAlone(pending: Pending<T>) {
    try {
      await commit([pending.item]);
      pending.resolve();
    } catch (error) {
      pending.reject(error);
    }
  }

  async function drain() {
    draining = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        if (batch.length === 1) {
          await commitAlone(batch[0]!);
          continue;
        }
        let failed = false;
        try {
          await commit(batch.map((p) => p.item));
        } catch {
          failed = true;
        }
        if (!failed) for (const p of batch) p.resolve();
        // The batch rolled back as a whole: each member is tried again on its own and answered with its own outcome.
        else for (const p of batch) await commitAlone(p);
      }
    } finally {
      draining = false;
    }
  }

  return (item: T) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Started from a microtask so that writes queued in the same tick go together.
      if (!draining) {
        draining = true;
        queueMicrotask(() => void drain());
      }
    });
}
