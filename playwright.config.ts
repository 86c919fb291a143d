import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The test runner stands in for a reverse proxy: it sets X-Forwarded-For to act as many clients.
// e2e/client-address.spec.ts connects from another loopback address, which is not trusted.
process.env.TRUSTED_PROXIES ??= "127.0.0.1";
const baseURL = `http://127.0.0.1:${port}`;

// On PostgreSQL a second app instance on the same database (e2e/two-instances.spec.ts): changes
// made through one reach pages open on the other, and sign-ins and tokens hold on both. On SQLite
// there is one instance (its push bus is in-process), and that spec is not part of the run.
const isPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
const secondPort = Number((process.env.E2E_SECOND_PORT ??= String(port + 1)));
const serve = (p: number) => ({
  command: `node --import ./e2e/support/fetch-allowance.mjs scripts/serve.mjs -p ${p} -H 127.0.0.1`,
  url: `http://127.0.0.1:${p}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
});

// Debian's Chromium, never a downloaded browser (downloads fail offline); see scripts/ensure-chromium.mjs.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 7_500 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Runs alone against the empty database: the very first account becomes admin.
    { name: "first-run", testMatch: /first-run\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "seed", testMatch: /seed\.setup\.ts/, dependencies: ["first-run"] },
    {
      name: "chromium",
      testIgnore: [
        /first-run\.spec\.ts/,
        /seed\.setup\.ts/,
        ...(isPostgres ? [] : [/two-instances\.spec\.ts/]),
      ],
      dependencies: ["seed"],
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: isPostgres ? [serve(port), serve(secondPort)] : serve(port),
});
