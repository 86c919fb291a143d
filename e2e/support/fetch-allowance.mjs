// Preloaded into the browser tests' server only (playwright.config.ts: `node --import`), so the
// server's URL fetcher may reach the tests' own origin server on a second loopback address
// (e2e/support/origin.ts). lib/net/browser-test-allowance.ts reads it; 127.0.0.1 stays refused.
export const TEST_ORIGIN_HOST = "127.0.0.77";
globalThis[Symbol.for("factmark.safeFetch.browserTestAddresses")] = Object.freeze([
  TEST_ORIGIN_HOST,
]);
console.warn(
  `TEST SERVER: the URL fetcher may also reach ${TEST_ORIGIN_HOST} (e2e/support/fetch-allowance.mjs)`,
);
