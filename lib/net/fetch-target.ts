import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import type { AddressPolicy } from "./address-policy";
import { SafeFetchError } from "./fetch-errors";

const MAX_URL_LENGTH = 2000;

export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Every address a host name resolves to. Injectable so tests can play any DNS answer. */
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: Lookup = async (hostname) => {
  const answers = await dns.lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

const badUrl = (message: string) => new SafeFetchError("BAD_URL", message);

/**
 * Checks a URL before anything is sent. The WHATWG parser already turns every odd spelling of an
 * IPv4 host (2130706433, 0177.0.0.1, 0x7f.1, 127.1, full-width digits) into dotted form, so the
 * address policy sees the address the socket would use. Any port is allowed: the address policy,
 * not the port, is what keeps requests off internal services, and public sites do serve on 8080.
 */
export function parseFetchUrl(input: string | URL): URL {
  const text = typeof input === "string" ? input.trim() : input.href;
  if (text.length > MAX_URL_LENGTH)
    throw badUrl(`The URL is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUrl("This is not a valid URL");
  }
  if (url.href.length > MAX_URL_LENGTH)
    throw badUrl(`The URL is longer than ${MAX_URL_LENGTH} characters`);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw badUrl("Only http and https URLs can be fetched");
  if (url.username || url.password)
    throw badUrl("URLs with a user name or password cannot be fetched");
  if (!url.hostname) throw badUrl("The URL has no host");
  if (url.port === "0") throw badUrl("The URL's port is not valid");
  return url;
}

/** The host as a resolver or socket wants it: IPv6 literals without their brackets. */
export function bareHostname(url: URL): string {
  const host = url.hostname;
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/**
 * Resolves the URL's host once and returns the addresses the connection may use. Refuses when ANY
 * address fails the policy: a name answering with one public and one private address must not get
 * a chance to reach the private one.
 */
export async function resolveAllowedAddresses(
  url: URL,
  { lookup, addressPolicy }: { lookup: Lookup; addressPolicy: AddressPolicy },
): Promise<ResolvedAddress[]> {
  const host = bareHostname(url);
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal !== 0) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      throw new SafeFetchError("UNREACHABLE", `The host ${host} could not be found`, {
        cause: error,
      });
    }
  }
  if (addresses.length === 0)
    throw new SafeFetchError("UNREACHABLE", `The host ${host} could not be found`);
  if (!addresses.every(({ address }) => addressPolicy(address))) {
    throw new SafeFetchError(
      "BLOCKED_ADDRESS",
      `${host} is on a private or reserved network; only public web addresses can be fetched`,
    );
  }
  // The family comes from the address itself, not from what a resolver claimed.
  return addresses.map(({ address }) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
}
