// `npm run restore -- FILE --yes`: replaces the contents of the database named by DATABASE_URL with
// a backup made by `npm run backup`. Stop the app first (its open connections would keep serving
// what they cached), and run `npm run setup:db` after restoring an older backup into a newer app.
import { resolve } from "node:path";
import { DEFAULT_URL, restoreDatabase } from "./lib/backup.mjs";

const url = process.env.DATABASE_URL?.trim() || DEFAULT_URL;
const args = process.argv.slice(2);
const named = args.find((arg) => !arg.startsWith("-"));

if (!named || !args.includes("--yes")) {
  console.error(
    "Usage: npm run restore -- FILE --yes   (replaces everything in the database DATABASE_URL names)",
  );
  process.exitCode = 2;
} else {
  try {
    await restoreDatabase({ url, file: resolve(named) });
    console.log(`Restored ${resolve(named)}`);
  } catch (error) {
    console.error(`✖ Restore failed: ${error.message}`);
    process.exitCode = 1;
  }
}
