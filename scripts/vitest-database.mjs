// Vitest's global set-up: unit tests write thousands of rows, so they never run against the
// app's own database (data/factmark.db, `npm start`'s default) or the demo's (data/demo.db).
// `npm test` names a database of its own (and has set it up); a bare `npx vitest` gets
// data/test-unit.db, migrated here first.
import { resolve } from "node:path";
import { setupDatabase } from "./setup-db.mjs";

export const UNIT_DATABASE_URL = "file:./data/test-unit.db";

const KEPT = ["data/factmark.db", "data/demo.db"].map((path) => resolve(path));

/** The app's or the demo's file, however the URL spells its path. */
export const isKeptDatabase = (url) =>
  url.startsWith("file:") && KEPT.includes(resolve(url.slice("file:".length).split("?")[0]));

export default async function setup() {
  const given = process.env.VITEST_GIVEN_DATABASE_URL;
  if (given && isKeptDatabase(given))
    throw new Error(
      `Unit tests do not run against ${given} (the app's or the demo's data): unset DATABASE_URL or name another database.`,
    );
  if (!given) await setupDatabase({ url: UNIT_DATABASE_URL });
}
