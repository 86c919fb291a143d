import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { root } from "./run.mjs";

/**
 * What `next build` reads: the app's code, proxy.ts (Next bundles it as the request proxy), the
 * configs, the locked dependencies, and the Prisma schema and config that decide the generated client.
 */
export const INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "instrumentation-client.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/models.prisma",
  "prisma.config.ts",
];
const SKIP = new Set(["generated", "node_modules"]);
const stampFile = join(root, ".next", "factmark-build-stamp");

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (!SKIP.has(entry) && !entry.endsWith(".test.ts")) yield* files(join(path, entry));
  }
}

/**
 * A hash of everything a production build depends on. Not the database: the build holds both
 * providers' Prisma clients (lib/db.ts picks one at run time), so the SQLite and PostgreSQL test
 * runs share one build.
 */
export function buildStamp(base = root) {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(join(base, input)))
      hash.update(relative(base, file)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(stamp) {
  return (
    existsSync(join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp
  );
}

export function writeBuildStamp(stamp) {
  writeFileSync(stampFile, stamp);
}
