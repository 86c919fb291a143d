import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";
import {
  providerOf,
  resolveDatabaseUrl,
  sqliteFilePath,
  type DatabaseProvider,
} from "./database-url";

/**
 * Both providers' clients are generated (scripts/setup-db.mjs) and one is picked by DATABASE_URL,
 * so a production build is not tied to a database. Their models are the same; the SQLite
 * client's types stand for both.
 */
export type Db = PrismaClient;

const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * How long a transaction may wait for its turn (a pool connection on PostgreSQL, the one
 * connection on SQLite). Prisma's default of 2 s turned bursts of concurrent writes (50 writers)
 * into 500s (P2028) instead of queueing them as every other query is queued.
 */
const TRANSACTION_MAX_WAIT_MS = 10_000;

function createClient(): { client: Db; provider: DatabaseProvider } {
  const url = resolveDatabaseUrl();
  const provider = providerOf(url);
  if (provider === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    });
    const client = new PostgresPrismaClient({
      adapter,
      transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
    });
    return { client: client as unknown as Db, provider };
  }
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  // `timeout` is better-sqlite3's busy timeout: writers wait instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    client: new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } }),
    provider,
  };
}

type DbGlobal = { factmarkDb?: { client: Db; provider: DatabaseProvider; ready: Promise<void> } };
const globalForDb = globalThis as unknown as DbGlobal;

/** SQLite settings that are per connection; WAL itself is persistent and also set by the setup step. */
async function prepare(client: Db, provider: DatabaseProvider): Promise<void> {
  if (provider !== "sqlite") return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
}

function instance() {
  // One client per process; kept on globalThis so hot reloads in development do not open more.
  if (!globalForDb.factmarkDb) {
    const { client, provider } = createClient();
    globalForDb.factmarkDb = { client, provider, ready: prepare(client, provider) };
  }
  return globalForDb.factmarkDb;
}

/** The Prisma client, after per-connection settings are applied. Only lib/data and scripts call this. */
export async function getDb(): Promise<Db> {
  const { client, ready } = instance();
  await ready;
  return client;
}

export function databaseProvider(): DatabaseProvider {
  return providerOf(resolveDatabaseUrl());
}
