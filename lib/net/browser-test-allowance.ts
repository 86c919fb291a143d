import { allowAddressesForTests, type AddressPolicy } from "./address-policy";

/**
 * The browser tests run the production server, so they cannot pass an addressPolicy to it as unit
 * tests do; their origin server listens on a second loopback address instead. Only a file preloaded
 * into the server process (e2e/support/fetch-allowance.mjs, named by the Playwright web server
 * command) puts addresses under this key: no environment variable or request can, so a deployment
 * cannot leave it on by accident.
 */
export const BROWSER_TEST_ADDRESSES = Symbol.for("factmark.safeFetch.browserTestAddresses");

// 127.0.0.1 stays refused even then: the app's own port must stay out of reach in the tests too.
const SECOND_LOOPBACK = /^127\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})$/;

/** The policy a preloaded browser-test allowance asks for, or undefined in every other process. */
export function browserTestPolicy(): AddressPolicy | undefined {
  const given = (globalThis as Record<symbol, unknown>)[BROWSER_TEST_ADDRESSES];
  if (!Array.isArray(given)) return undefined;
  const addresses = given.filter(
    (a): a is string => typeof a === "string" && SECOND_LOOPBACK.test(a) && a !== "127.0.0.1",
  );
  return addresses.length > 0 ? allowAddressesForTests(addresses) : undefined;
}
