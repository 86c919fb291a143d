// One mode's table and notes, printed and written to bench/results/<file>.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../scripts/lib/run.mjs";
import { COLUMNS } from "./report.mjs";
import { markdownTable } from "./table.mjs";

export function writeResults(file, heading, machine, rows, notes) {
  const table = markdownTable(COLUMNS, rows);
  const list = notes.map((n) => `- ${n}`).join("\n");
  console.log(`\n${machine}\n\n${table}\n\nNotes:\n${list}`);
  const dir = join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), `# ${heading}\n\n${machine}\n\n${table}\n\n## Notes\n\n${list}\n`);
  console.log(`\nWritten to bench/results/${file}`);
}
