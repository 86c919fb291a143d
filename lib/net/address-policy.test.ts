import { describe, expect, it } from "vitest";
import { allowAddressesForTests, isPublicAddress } from "./address-policy";
import { bareHostname, parseFetchUrl } from "./fetch-target";

const REFUSED: Array<[string, string]> = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback, end of 127/8"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["10.0.0.1", "private 10/8"],
  ["10.255.255.255", "private 10/8, last"],
  ["172.16.0.1", "private 172.16/12, first"],
  ["172.31.255.255", "private 172.16/12, last"],
  ["192.168.1.1", "private 192.168/16"],
  ["169.254.169.254", "cloud metadata (link-local)"],
  ["169.254.0.1", "link-local"],
  ["100.64.0.1", "CGNAT, first"],
  ["100.127.255.255", "CGNAT, last"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.0.2.10", "TEST-NET-1"],
  ["198.51.100.7", "TEST-NET-2"],
  ["203.0.113.9", "TEST-NET-3"],
  ["198.18.0.1", "benchmarking"],
  ["198.19.255.255", "benchmarking, last"],
  ["192.88.99.1", "6to4 relay anycast"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast (SSDP)"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["::1", "IPv6 loopback"],
  ["::", "IPv6 unspecified"],
  ["0:0:0:0:0:0:0:1", "IPv6 loopback, long form"],
  ["fc00::1", "unique local"],
  ["fd12:3456:789a::1", "unique local fd00::/8"],
  ["fe80::1", "IPv6 link-local"],
  ["febf:ffff::1", "IPv6 link-local, last /10"],
  ["fe80::1%eth0", "link-local with a zone"],
  ["2001:4860::1%eth0", "any zone-scoped address"],
  ["fec0::1", "site-local (deprecated)"],
  ["ff02::1", "IPv6 multicast"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback, dotted"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["0:0:0:0:0:ffff:a00:1", "IPv4-mapped 10.0.0.1, long form"],
  ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
  ["::127.0.0.1", "IPv4-compatible loopback"],
  ["::7f00:1", "IPv4-compatible loopback, hex"],
  ["::a00:1", "IPv4-compatible 10.0.0.1"],
  ["64:ff9b::7f00:1", "NAT64 of loopback"],
  ["64:ff9b::169.254.169.254", "NAT64 of metadata"],
  ["64:ff9b:1::808:808", "local-use NAT64 prefix"],
  ["2002:7f00:1::1", "6to4 embedding loopback"],
  ["2002:a9fe:a9fe::", "6to4 embedding metadata"],
  ["2002:c0a8:101::1", "6to4 embedding 192.168.1.1"],
  ["2001::1", "Teredo"],
  ["2001:db8::1", "IPv6 documentation"],
  ["3fff::1", "IPv6 documentation (RFC 9637)"],
  ["100::1", "discard-only prefix"],
  ["localhost", "a name, not an address"],
  ["", "empty"],
  ["1.2.3", "not an address"],
  ["::ffff:1.2.3.4.5", "not an address"],
];

const ALLOWED: Array<[string, string]> = [
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["93.184.216.34", "public"],
  ["172.15.255.255", "just below 172.16/12"],
  ["172.32.0.0", "just above 172.16/12"],
  ["100.63.255.255", "just below CGNAT"],
  ["100.128.0.0", "just above CGNAT"],
  ["192.169.0.1", "just above 192.168/16"],
  ["11.0.0.1", "just above 10/8"],
  ["126.255.255.255", "just below 127/8"],
  ["223.255.255.255", "just below multicast"],
  ["2001:4860:4860::8888", "public IPv6"],
  ["2606:4700:4700::1111", "public IPv6"],
  ["2a00:1450:4001:81c::200e", "public IPv6"],
  ["::ffff:8.8.8.8", "IPv4-mapped public"],
  ["::ffff:808:808", "IPv4-mapped public, hex"],
  ["64:ff9b::808:808", "NAT64 of a public address"],
  ["2002:808:808::1", "6to4 of a public address"],
  ["2001:200::1", "first RIR block after 2001::/23"],
];

describe("isPublicAddress", () => {
  it.each(REFUSED)("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(ALLOWED)("allows %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

// The host the policy sees is what the WHATWG parser makes of the URL, as in the fetcher.
const hostOf = (url: string) => bareHostname(parseFetchUrl(url));

describe("odd spellings of a literal host, after URL parsing", () => {
  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://0x7f000001/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://127.0.1/", "127.0.0.1"],
    ["http://\uff11\uff12\uff17.0.0.1/", "127.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://0251.0376.0251.0376/", "169.254.169.254"],
    ["http://2852039166/", "169.254.169.254"],
    ["http://[::1]/", "::1"],
    ["http://[0:0:0:0:0:0:0:1]:8080/", "::1"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://[::127.0.0.1]/", "::7f00:1"],
    ["http://[64:ff9b::10.0.0.1]/", "64:ff9b::a00:1"],
  ])("%s is seen as %s and refused", (url, address) => {
    expect(hostOf(url)).toBe(address);
    expect(isPublicAddress(hostOf(url))).toBe(false);
  });
});

describe("allowAddressesForTests", () => {
  const policy = allowAddressesForTests(["127.0.0.1"]);

  it("lets exactly the listed address through, besides public ones", () => {
    expect(policy("127.0.0.1")).toBe(true);
    expect(policy("8.8.8.8")).toBe(true);
  });

  it.each(["127.0.0.2", "::1", "169.254.169.254", "10.0.0.1", "fe80::1", "localhost"])(
    "still refuses %s",
    (address) => {
      expect(policy(address)).toBe(false);
    },
  );

  it("rejects a list entry that is not an IP address", () => {
    expect(() => allowAddressesForTests(["localhost"])).toThrow(TypeError);
  });
});
