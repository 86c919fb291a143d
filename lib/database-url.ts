import { isAbsolute, resolve } from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/** Where the embedded database lives when DATABASE_URL is unset (git-ignored). */
const DEFAULT_SQLITE_URL = "file:./data/factmark.db";

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/** Relative SQLite paths count from the project root (the process's working directory), not from the schema. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const path = url.replace(/^file:/, "").split("?")[0] ?? "";
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(cwd, path);
}
