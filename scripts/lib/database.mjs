import { rmSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { root } from "./run.mjs";

export const providerOf = (url) => (url.startsWith("file:") ? "sqlite" : "postgresql");

export function removeSqliteFiles(url) {
  const path = url.replace(/^file:/, "").split("?")[0];
  const file = isAbsolute(path) ? path : join(root, path);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/** The same server and credentials, another database name. */
export function withDatabaseName(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export const databaseName = (url) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));

/** Creates (or re-creates) a PostgreSQL database through the server's maintenance database. */
export async function recreatePostgresDatabase(url) {
  const { default: pg } = await import("pg");
  const name = databaseName(url);
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name "${name}"`);
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function dropPostgresDatabase(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
