// `node scripts/pg-database.mjs create|drop <postgresql-url>`: makes or removes a database on
// the URL's server (used by .ci/run for a fresh database per run).
import { dropPostgresDatabase, recreatePostgresDatabase } from "./lib/database.mjs";

const [command, url] = process.argv.slice(2);
if (!url || !["create", "drop"].includes(command)) {
  console.error("usage: node scripts/pg-database.mjs create|drop <postgresql-url>");
  process.exit(2);
}
try {
  if (command === "create") await recreatePostgresDatabase(url);
  else await dropPostgresDatabase(url);
  console.log(`${command === "create" ? "created" : "dropped"} ${new URL(url).pathname.slice(1)}`);
} catch (error) {
  console.error(`could not ${command} the database: ${error.message}`);
  process.exit(1);
}
