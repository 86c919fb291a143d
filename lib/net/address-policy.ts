import { BlockList, isIPv4, isIPv6 } from "node:net";

/** Whether the fetcher may open a connection to this IP address (as `dns.lookup` writes it). */
export type AddressPolicy = (address: string) => boolean;

// IANA's IPv4 special-purpose registry, and what no public web page lives on.
const IPV4_REFUSED: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, with the cloud metadata service at 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // TEST-NET-1
  ["192.88.99.0", 24], // deprecated 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, with the broadcast address 255.255.255.255
];

// Only global unicast (2000::/3) is allowed, so everything around it is refused: ::, ::1, the
// IPv4-compatible ::/96, fc00::/7 unique-local, fe80::/10 link-local, fec0::/10, ff00::/8
// multicast. IPv4-mapped and NAT64 addresses sit below 2000::/3 but are judged by the IPv4 address
// they carry before this list is consulted (see embeddedIPv4).
const IPV6_REFUSED: ReadonlyArray<readonly [string, number]> = [
  ["::", 3],
  ["4000::", 2],
  ["8000::", 1],
  ["2001::", 23], // IETF protocol assignments, Teredo (2001::/32) among them
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation (RFC 9637)
];

// Two lists, because one BlockList matches IPv4 addresses against IPv6 rules as ::ffff:a.b.c.d.
const refusedIPv4 = new BlockList();
for (const [network, prefix] of IPV4_REFUSED) refusedIPv4.addSubnet(network, prefix, "ipv4");
const refusedIPv6 = new BlockList();
for (const [network, prefix] of IPV6_REFUSED) refusedIPv6.addSubnet(network, prefix, "ipv6");

/** The eight 16-bit groups of a valid IPv6 address, or null. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const [a = 0, b = 0, c = 0, d = 0] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const groups = (part: string) =>
    part === "" ? [] : part.split(":").map((group) => parseInt(group, 16));
  const [head = "", rest] = text.split("::");
  if (rest === undefined) return groups(head);
  const before = groups(head);
  const after = groups(rest);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

const dotted = (high: number, low: number) =>
  `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address that an IPv6 address delivers packets to, for the forms where that is so:
 * IPv4-mapped (::ffff:a.b.c.d, what a dual-stack socket turns into a plain IPv4 connection),
 * NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::). Judging them by the IPv4 address stops
 * ::ffff:127.0.0.1 or 2002:7f00:1:: from smuggling loopback past an IPv6 range check.
 */
function embeddedIPv4(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff)
    return dotted(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return dotted(g6, g7);
  if (g0 === 0x2002) return dotted(g1 ?? 0, g2 ?? 0);
  return null;
}

/**
 * The production policy: only public unicast addresses. Anything that is not a plain IP address
 * (a zone-scoped fe80::1%eth0, a name, garbage from a resolver) is refused: the policy fails closed.
 */
export const isPublicAddress: AddressPolicy = (address) => {
  if (isIPv4(address)) return !refusedIPv4.check(address, "ipv4");
  if (address.includes("%")) return false;
  const groups = ipv6Groups(address);
  if (!groups || groups.length !== 8) return false;
  const carried = embeddedIPv4(groups);
  if (carried !== null) return isPublicAddress(carried);
  return !refusedIPv6.check(address, "ipv6");
};

/** One spelling per address, so "::1" and "0:0:0:0:0:0:0:1" compare equal; null for non-addresses. */
function canonical(address: string): string | null {
  if (isIPv4(address)) return address;
  if (address.includes("%")) return null;
  return ipv6Groups(address)?.join(":") ?? null;
}

/**
 * Tests only: the production policy plus these exact addresses, so a test can fetch from an origin
 * server it runs on 127.0.0.1 while every other private address stays refused (a redirect to
 * 169.254.169.254 or [::1] is still caught). This is a value a caller must pass on purpose, never an
 * environment switch that could be left on in production; a test in this folder fails when any code
 * outside a test file uses it.
 */
export function allowAddressesForTests(addresses: readonly string[]): AddressPolicy {
  const allowed = new Set<string>();
  for (const address of addresses) {
    const key = canonical(address);
    if (key === null) throw new TypeError(`Not an IP address: ${address}`);
    allowed.add(key);
  }
  return (address) => {
    if (isPublicAddress(address)) return true;
    const key = canonical(address);
    return key !== null && allowed.has(key);
  };
}
