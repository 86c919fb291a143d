import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { SafeFetchError } from "./fetch-errors";
import { bareHostname, type ResolvedAddress } from "./fetch-target";

export type OpenOptions = {
  /** Addresses already resolved and checked; the socket connects to one of these and nowhere else. */
  addresses: ResolvedAddress[];
  headers: Record<string, string>;
  headersTimeoutMs: number;
  signal: AbortSignal;
};

/**
 * Node calls this instead of dns.lookup, so the socket goes to the address the policy approved: a
 * second lookup could be answered differently by a rebinding DNS server. The URL's host name still
 * travels in the Host header and as the TLS server name, so virtual hosts and certificates work.
 */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const [first] = addresses;
    if (options.all)
      callback(
        null,
        addresses.map(({ address, family }) => ({ address, family })),
      );
    else if (first) callback(null, first.address, first.family);
    else callback(new Error("No checked address to connect to"), "");
  };
}

function connectionError(error: unknown): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const isCertificateError = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code);
  const message = isCertificateError
    ? "The site's security certificate could not be verified"
    : "The site could not be reached";
  return new SafeFetchError("UNREACHABLE", message, { cause: error });
}

/** Sends one GET and resolves with the response once its headers have arrived. */
export function openResponse(
  url: URL,
  { addresses, headers, headersTimeoutMs, signal }: OpenOptions,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const host = bareHostname(url);
    const isHttps = url.protocol === "https:";
    const request = (isHttps ? https : http).request({
      protocol: url.protocol,
      host,
      port: url.port || (isHttps ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: { ...headers, host: url.host },
      agent: false,
      lookup: pinnedLookup(addresses),
      ...(isHttps && isIP(host) === 0 ? { servername: host } : {}),
    });
    const timer = setTimeout(
      () => request.destroy(new SafeFetchError("TIMEOUT", "The site took too long to answer")),
      headersTimeoutMs,
    );
    const onAbort = () => request.destroy(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    };
    request.on("response", (response) => {
      done();
      resolve(response);
    });
    request.on("error", (error) => {
      done();
      reject(connectionError(error));
    });
    request.end();
  });
}
