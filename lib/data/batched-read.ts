/**
 * Batched reads for the per-request checks (token, article access): lookups that arrive while a
 * read is running wait for it, then are answered together by the next read, one query for all of
 * them. A lookup never joins a read that had already started, so it always sees the database as
 * it was at or after its request arrived: a token revoked, a user deactivated or an article
 * archived before the request came is refused, exactly as with a read of its own. Nothing is cached.
 */
export function batchedRead<K, V>(
  read: (keys: K[]) => Promise<Map<K, V>>,
  { maxBatch = 100 }: { maxBatch?: number } = {},
) {
  type Waiting = {
    key: K;
    resolve: (value: V | undefined) => void;
    reject: (error: unknown) => void;
  };
  const queue: Waiting[] = [];
  let reading = false;

  async function drain() {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        try {
          const found = await read([...new Set(batch.map((w) => w.key))]);
          for (const w of batch) w.resolve(found.get(w.key));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      reading = false;
    }
  }

  return (key: K) =>
    new Promise<V | undefined>((resolve, reject) => {
      queue.push({ key, resolve, reject });
      if (!reading) {
        reading = true;
        queueMicrotask(() => void drain());
      }
    });
}
