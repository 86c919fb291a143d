import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// What the caller named, if anything (scripts/vitest-database.mjs refuses the demo's database and migrates the default).
const given = process.env.DATABASE_URL;
process.env.VITEST_GIVEN_DATABASE_URL = given ?? "";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Outside Next, `server-only` throws on import; the data layer is tested directly here.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./scripts/vitest-database.mjs"],
    env: { DATABASE_URL: given || "file:./data/test-unit.db" },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
