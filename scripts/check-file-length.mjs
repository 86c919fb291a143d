// The house rule "files under about 200 lines" (design notes), checked after formatting:
// `npm test` fails on a source file of app/, components/ or lib/ longer than MAX_LINES.
// Tests, browser specs and benches are left out: a table of cases is long without being tangled.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { root } from "./lib/run.mjs";

/** "About 200": the formatter's line breaks put a file a few lines either side of it. */
export const MAX_LINES = 220;

/** Content, not code: the demo's sample annotations, one object literal per annotation. */
const CONTENT = new Set(["lib/demo/demo-annotations.ts"]);

export function tooLong(files, read = (file) => readFileSync(file, "utf8")) {
  return files
    .filter((file) => /^(app|components|lib)\/.*\.(ts|tsx|mjs)$/.test(file))
    .filter((file) => !/\.test\.ts$/.test(file) && !file.startsWith("lib/generated/"))
    .filter((file) => !CONTENT.has(file))
    .map((file) => ({ file, lines: read(file).split("\n").length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  }).split("\n");
  const long = tooLong(files.filter(Boolean).filter((f) => !f.startsWith("lib/generated/")));
  for (const { file, lines } of long)
    console.error(`${file}: ${lines} lines (at most ${MAX_LINES}): split it at its second concern`);
  if (long.length) process.exit(1);
  console.log(`every source file is at most ${MAX_LINES} lines`);
}
