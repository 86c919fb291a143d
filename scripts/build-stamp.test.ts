import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildStamp, INPUTS } from "./lib/build-stamp.mjs";

describe("build stamp", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stale build is served without notice, so each file the build reads must move the stamp. */
  it.each(["proxy.ts", "prisma.config.ts", "next.config.js", "postcss.config.mjs"])(
    "changes when %s changes",
    (file) => {
      dir = mkdtempSync(join(tmpdir(), "factmark-stamp-"));
      writeFileSync(join(dir, file), "export {};\n");
      const before = buildStamp(dir);
      writeFileSync(join(dir, file), "export const changed = true;\n");
      expect(buildStamp(dir)).not.toBe(before);
    },
  );

  // A new top-level file (instrumentation.ts, say) is read by `next build` unless it is a tool's own config.
  it("hashes every script at the repository's top level except the test and lint tools' configs", () => {
    const notBuildInputs = new Set([
      "eslint.config.mjs",
      "playwright.config.ts",
      "vitest.config.mts",
      "next-env.d.ts",
    ]);
    const scripts = readdirSync(join(__dirname, "..")).filter(
      (name) => /\.[cm]?[jt]sx?$/.test(name) && !notBuildInputs.has(name),
    );
    expect(scripts).toContain("proxy.ts");
    for (const file of scripts) expect(INPUTS, file).toContain(file);
  });
});
