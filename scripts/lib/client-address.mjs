// Who is on the other end of a request: the socket's peer, unless that peer is a proxy the operator
// named in TRUSTED_PROXIES, in which case the X-Forwarded-For hops it (and proxies behind it) added.
// A client's own X-Forwarded-For is never believed: anyone can send one.
import { BlockList, isIP } from "node:net";

const LOOPBACK = [
  ["127.0.0.0", 8, "ipv4"],
  ["::1", 128, "ipv6"],
];
const PRIVATE = [
  ["10.0.0.0", 8, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["fc00::", 7, "ipv6"],
];

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
export function normaliseAddress(value) {
  const address = String(value ?? "")
    .trim()
    .replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges, or the words "loopback" and "private".
 * Throws on anything else, so a typo fails at start-up rather than silently trusting nobody.
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  const entries = String(value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (entry === "loopback" || entry === "private") {
      for (const [network, prefix, type] of entry === "loopback" ? LOOPBACK : PRIVATE)
        list.addSubnet(network, prefix, type);
      continue;
    }
    const [network, prefixText] = entry.split("/");
    const address = normaliseAddress(network);
    const version = isIP(address);
    if (!version)
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range, "loopback" or "private"`,
      );
    const type = version === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(prefixText);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (version === 4 ? 32 : 128))
        throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, prefix, type);
    }
  }
  return { isEmpty: entries.length === 0, isTrusted: (address) => isTrustedBy(list, address) };
}

function isTrustedBy(list, value) {
  const address = normaliseAddress(value);
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address. Walks X-Forwarded-For from the right (the hop nearest to us) past trusted
 * proxies; the first hop that is not one is the client. A malformed hop ends the walk there.
 */
export function clientAddress(peer, forwardedFor, trusted) {
  let address = normaliseAddress(peer) || "unknown";
  if (!trusted.isTrusted(address)) return address;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? "");
  const hops = header.split(",").map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) break;
    address = hops[i];
    if (!trusted.isTrusted(address)) break;
  }
  return address;
}
