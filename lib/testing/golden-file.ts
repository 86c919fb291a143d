import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Set by the person running the tests to accept new output: UPDATE_GOLDEN=1 npx vitest run … */
const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === "1";

/**
 * The stored bytes of a golden file. With UPDATE_GOLDEN=1 the actual output is written first, so
 * the comparison that follows passes and the change shows up in git diff for review. Otherwise a
 * missing file is an error: creating it silently would let a test pass that compared nothing.
 */
export function readGolden(path: string, actual: string): Buffer {
  if (UPDATING_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, "utf8");
  } else if (!existsSync(path)) {
    throw new Error(
      `Golden file ${path} is missing: run this test with UPDATE_GOLDEN=1 to write it, then read it before committing.`,
    );
  }
  return readFileSync(path);
}
