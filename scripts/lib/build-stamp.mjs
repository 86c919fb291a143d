import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { root } from "./run.mjs";

const INPUTS = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/models.prisma"];
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

/** A hash of everything a production build depends on, plus the database provider baked into the Prisma client. */
export function buildStamp(provider) {
  const hash = createHash("sha256").update(provider);
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(stamp) {
  return existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
}

export function writeBuildStamp(stamp) {
  writeFileSync(stampFile, stamp);
}
