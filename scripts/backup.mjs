// `npm run backup [-- FILE]`: a consistent copy of the database named by DATABASE_URL, taken while
// the app keeps running. Without FILE it goes to data/backups/factmark-<time>.db (or .pgdump).
import { resolve } from "node:path";
import { DEFAULT_URL, backupDatabase, defaultBackupFile } from "./lib/backup.mjs";

const url = process.env.DATABASE_URL?.trim() || DEFAULT_URL;
const named = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
const file = named ? resolve(named) : defaultBackupFile(url);

try {
  const { bytes } = await backupDatabase({ url, file });
  console.log(`Backed up to ${file} (${(bytes / 1024).toFixed(0)} kB)`);
} catch (error) {
  console.error(`✖ Backup failed: ${error.message}`);
  process.exitCode = 1;
}
