import { afterEach, describe, expect, it } from "vitest";
import { BROWSER_TEST_ADDRESSES, browserTestPolicy } from "./browser-test-allowance";

const globals = globalThis as Record<symbol, unknown>;

describe("the browser-test allowance", () => {
  afterEach(() => {
    delete globals[BROWSER_TEST_ADDRESSES];
  });

  it("is off unless a preloaded file sets it", () => {
    expect(browserTestPolicy()).toBeUndefined();
  });

  it("lets through only the second loopback addresses it names, never 127.0.0.1 or the network", () => {
    globals[BROWSER_TEST_ADDRESSES] = [
      "127.0.0.77",
      "127.0.0.1",
      "10.0.0.5",
      "169.254.169.254",
      "::1",
      42,
    ];
    const policy = browserTestPolicy()!;
    expect(policy("127.0.0.77")).toBe(true);
    expect(policy("93.184.215.14")).toBe(true);
    for (const refused of [
      "127.0.0.1",
      "127.0.0.78",
      "10.0.0.5",
      "169.254.169.254",
      "::1",
      "::ffff:127.0.0.1",
      "192.168.1.1",
    ])
      expect(policy(refused), refused).toBe(false);
  });

  it("ignores a list with nothing allowable in it", () => {
    globals[BROWSER_TEST_ADDRESSES] = ["127.0.0.1", "10.0.0.5"];
    expect(browserTestPolicy()).toBeUndefined();
    globals[BROWSER_TEST_ADDRESSES] = "127.0.0.77";
    expect(browserTestPolicy()).toBeUndefined();
  });
});
