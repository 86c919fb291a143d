import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { databaseProvider } from "@/lib/db";
import { resolveDatabaseUrl } from "@/lib/database-url";

/** The PostgreSQL channel every app instance listens on; payloads are "<articleId>:<seq>". */
export const CHANGE_CHANNEL = "factmark_changes";

/** The newest change of an article a committed transaction logged. */
export type PublishedChange = { articleId: string; seq: number };

/** Every subscriber hears it: notifications may have been missed (the listening connection was down), read again. */
const RESYNC = Symbol("resync");
const RETRY_MS = [250, 1000, 5000, 15_000];

type Bus = { emitter: EventEmitter; listening: boolean };
const globalForBus = globalThis as unknown as { factmarkChangeBus?: Bus };

function bus(): Bus {
  if (!globalForBus.factmarkChangeBus) {
    const emitter = new EventEmitter();
    // One listener per open stream.
    emitter.setMaxListeners(0);
    globalForBus.factmarkChangeBus = { emitter, listening: false };
  }
  return globalForBus.factmarkChangeBus;
}

export function parseChangePayload(payload: string | undefined): PublishedChange | null {
  const at = payload?.lastIndexOf(":") ?? -1;
  if (!payload || at <= 0) return null;
  const seq = Number(payload.slice(at + 1));
  return Number.isSafeInteger(seq) ? { articleId: payload.slice(0, at), seq } : null;
}

/**
 * One dedicated connection per process LISTENs (a pooled connection would be handed to queries
 * and lose it). When it drops it connects again, and tells every subscriber to read again.
 */
function listen(state: Bus, attempt = 0): void {
  state.listening = true;
  const client = new pg.Client({ connectionString: resolveDatabaseUrl() });
  let closed = false;
  const retry = () => {
    if (closed) return;
    closed = true;
    void client.end().catch(() => undefined);
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    setTimeout(() => listen(state, attempt + 1), delay).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    const change = parseChangePayload(message.payload);
    if (message.channel === CHANGE_CHANNEL && change)
      state.emitter.emit(change.articleId, change.seq);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANGE_CHANNEL}`))
    .then(() => {
      attempt = 0;
      state.emitter.emit(RESYNC);
    })
    .catch(retry);
}

/**
 * After a commit: on SQLite (one process) tell this process's subscribers. On PostgreSQL nothing
 * is left to do: the transaction's NOTIFY reaches every instance's listener, this one's too.
 */
export function announceChanges(published: readonly PublishedChange[]): void {
  if (databaseProvider() === "postgresql") return;
  const { emitter } = bus();
  for (const { articleId, seq } of published) emitter.emit(articleId, seq);
}

/**
 * Calls `onChange` with the newest seq when the article changes, or with null when changes may
 * have been missed. Returns the unsubscribe function.
 */
export function subscribeToChanges(
  articleId: string,
  onChange: (seq: number | null) => void,
): () => void {
  const state = bus();
  if (databaseProvider() === "postgresql" && !state.listening) listen(state);
  const onSeq = (seq: number) => onChange(seq);
  const onResync = () => onChange(null);
  state.emitter.on(articleId, onSeq);
  state.emitter.on(RESYNC, onResync);
  return () => {
    state.emitter.off(articleId, onSeq);
    state.emitter.off(RESYNC, onResync);
  };
}
