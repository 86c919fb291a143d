import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_FOLDERS = ["app", "components", "lib", "scripts", "proxy.ts"];
const SKIPPED = /(^|\/)(node_modules|generated)(\/|$)|\.test\.tsx?$/;

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (/\.(ts|tsx|mjs|js)$/.test(entry)) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|tsx|mjs|js)$/.test(file) && !SKIPPED.test(file))
    .map((file) => path.join(full, file));
}

// The fetcher's only way past the address policy is an option passed in code; outside lib/net only
// tests may pass it, so a route that loosens the policy fails here before review.
describe("the SSRF test allowance", () => {
  it("is used by no code outside test files", () => {
    const offenders = SOURCE_FOLDERS.flatMap(sourceFiles)
      .filter((file) => !path.relative(ROOT, file).startsWith(path.join("lib", "net") + path.sep))
      .filter((file) => /allowAddressesForTests|addressPolicy/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
