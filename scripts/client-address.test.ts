import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./lib/client-address.mjs";

describe("client address", () => {
  const none = parseTrustedProxies("");
  const loopback = parseTrustedProxies("loopback");

  it("without trusted proxies, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "198.51.100.1, 10.0.0.1", none)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "198.51.100.1", none)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "198.51.100.1", none)).toBe("unknown");
  });

  it("behind a trusted proxy, is the hop that proxy saw, not what the client claimed before it", () => {
    // The client sent "1.2.3.4" itself; the proxy appended the address it really saw.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", loopback)).toBe("198.51.100.7");
    expect(clientAddress("::1", "198.51.100.7", loopback)).toBe("198.51.100.7");
  });

  it("walks past a chain of trusted proxies", () => {
    const chain = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3, 10.0.0.9", chain)).toBe(
      "198.51.100.7",
    );
    expect(clientAddress("127.0.0.1", "10.1.2.3", chain)).toBe("10.1.2.3");
  });

  it("stops at a malformed hop, and uses the peer when the proxy sent nothing", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.7, not-an-ip", loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", ["198.51.100.1", "198.51.100.2"], loopback)).toBe(
      "198.51.100.2",
    );
  });

  it("does not trust a peer outside the configured ranges", () => {
    const office = parseTrustedProxies("192.0.2.10, 2001:db8::/32");
    expect(office.isTrusted("192.0.2.10")).toBe(true);
    expect(office.isTrusted("192.0.2.11")).toBe(false);
    expect(office.isTrusted("2001:db8::5")).toBe(true);
    expect(clientAddress("192.0.2.11", "198.51.100.7", office)).toBe("192.0.2.11");
    expect(parseTrustedProxies("private").isTrusted("172.20.1.1")).toBe(true);
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/prefix/);
  });
});
