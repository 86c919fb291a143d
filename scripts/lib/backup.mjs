// Backing up and restoring the database named by DATABASE_URL, while the app may be running.
// SQLite: SQLite's online backup API (better-sqlite3's db.backup()), which copies a consistent
// snapshot page by page through SQLite's own locks, so a write in progress (or the -wal file) is
// never half-copied, as a plain file copy could be. PostgreSQL: pg_dump's custom format, one
// consistent snapshot, restored with pg_restore in a single transaction (all or nothing).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "./database.mjs";
import { root } from "./run.mjs";

export const DEFAULT_URL = "file:./data/factmark.db";

/** Where a backup goes when no file is named: data/backups/, stamped to the second. */
export function defaultBackupFile(url, now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");
  return join(
    root,
    "data",
    "backups",
    `factmark-${stamp}.${providerOf(url) === "sqlite" ? "db" : "pgdump"}`,
  );
}

export async function backupDatabase({ url = DEFAULT_URL, file }) {
  mkdirSync(dirname(file), { recursive: true });
  if (providerOf(url) === "sqlite") {
    const source = openSqlite(url, { fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
  } else {
    await runPg(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`],
      url,
    );
  }
  return { file, bytes: statSync(file).size };
}

/** Replaces the database's contents with the backup's. The backup is checked before anything is touched. */
export async function restoreDatabase({ url = DEFAULT_URL, file }) {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (providerOf(url) === "sqlite") {
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      checkSqliteBackup(backup, file);
      const target = sqlitePath(url);
      mkdirSync(dirname(target), { recursive: true });
      // Copying into the live file through the backup API keeps its -wal and locks coherent: a
      // reader sees the old database or the restored one, never a mix.
      await backup.backup(target);
    } finally {
      backup.close();
    }
  } else {
    // --clean --if-exists drops what the backup holds before recreating it; one transaction, so a
    // failure leaves the database as it was.
    await runPg(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        file,
      ],
      url,
    );
  }
}

function checkSqliteBackup(db, file) {
  let ok;
  try {
    ok = db.pragma("quick_check", { simple: true });
  } catch (error) {
    throw new Error(`${file} is not a SQLite database (${error.message})`);
  }
  if (ok !== "ok") throw new Error(`${file} is damaged: ${ok}`);
  const migrations = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (!migrations)
    throw new Error(`${file} is not a Factmark database (no _prisma_migrations table)`);
}

function sqlitePath(url) {
  const path = url.replace(/^file:/, "").split("?")[0];
  return isAbsolute(path) ? path : join(root, path);
}

function openSqlite(url, options) {
  return new Database(sqlitePath(url), options);
}

/**
 * Runs pg_dump or pg_restore against the URL's database. The connection goes through libpq's
 * environment variables: the password stays out of the process list, and Prisma's own URL
 * parameters (schema=, connection_limit=…), which libpq would refuse, are left out.
 */
function runPg(command, args, url) {
  const parsed = new URL(url);
  const env = {
    ...process.env,
    PGHOST: decodeURIComponent(parsed.hostname) || "localhost",
    PGPORT: parsed.port || "5432",
    PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
    ...(parsed.username ? { PGUSER: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { PGPASSWORD: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.searchParams.get("sslmode")
      ? { PGSSLMODE: parsed.searchParams.get("sslmode") }
      : {}),
  };
  const dbArgs = command === "pg_restore" ? [`--dbname=${env.PGDATABASE}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, ...dbArgs], {
      env,
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              `${command} is not installed (PostgreSQL's client tools, e.g. apt-get install postgresql-client)`,
            )
          : error,
      ),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
