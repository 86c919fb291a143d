import "server-only";
import { isPublicAddress, type AddressPolicy } from "./address-policy";
import { browserTestPolicy } from "./browser-test-allowance";
import { decodeBody, parseContentType } from "./decode-body";
import { SafeFetchError } from "./fetch-errors";
import { parseFetchUrl, resolveAllowedAddresses, systemLookup, type Lookup } from "./fetch-target";
import { openResponse } from "./open-response";
import { readBody } from "./read-body";

export type SafeFetchOptions = {
  /** Media types the caller can use, e.g. ["text/html", "text/plain"]; others are refused unread. */
  contentTypes: readonly string[];
  /** Cap on the body, on the wire and after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Cap on the whole fetch: every lookup, redirect and the body. Default 15 s. */
  timeoutMs?: number;
  /** Cap on each hop from sending the request to its response headers. Default 10 s. */
  headersTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  signal?: AbortSignal;
  /** Default: dns.lookup with all addresses. */
  lookup?: Lookup;
  /** Default isPublicAddress (or the browser tests' preloaded allowance). Production code never passes this; unit tests pass allowAddressesForTests. */
  addressPolicy?: AddressPolicy;
};

export type SafeFetchResult = {
  finalUrl: string;
  status: number;
  contentType: string;
  /** The encoding the body was decoded with (TextDecoder's name for it, e.g. "utf-8"). */
  charset: string;
  body: string;
  bytes: Buffer;
  fetchedAt: Date;
  /** Each URL a redirect led to, in order; the last one is finalUrl. */
  redirects: string[];
};

const DEFAULTS = {
  maxBytes: 5_000_000,
  timeoutMs: 15_000,
  headersTimeoutMs: 10_000,
  maxRedirects: 5,
};
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Factmark/1.0 (fact-check annotation tool; fetches pages users cite)";

/** Settles with the promise, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Fetches a URL that a user typed, without letting it reach our own network (SSRF). Every hop is
 * checked the same way: http(s) only, no credentials, the host resolved once and refused if any of
 * its addresses is not public, the connection made to exactly that address, redirects followed by
 * hand (at most maxRedirects) and re-checked, the content type checked before the body is read, the
 * body capped, and the whole thing bounded in time and cancellable. Failures are SafeFetchErrors.
 */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions,
): Promise<SafeFetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const headersTimeoutMs = Math.min(
    options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs,
    timeoutMs,
  );
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const lookup = options.lookup ?? systemLookup;
  const addressPolicy = options.addressPolicy ?? browserTestPolicy() ?? isPublicAddress;
  const accepted = new Set(options.contentTypes.map((type) => type.toLowerCase()));

  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new SafeFetchError("TIMEOUT", "The site took too long to answer")),
    timeoutMs,
  );
  const onCallerAbort = () =>
    deadline.abort(new SafeFetchError("ABORTED", "The fetch was cancelled"));
  if (options.signal?.aborted) onCallerAbort();
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  try {
    let url = parseFetchUrl(input);
    const redirects: string[] = [];
    for (;;) {
      const addresses = await untilAborted(
        resolveAllowedAddresses(url, { lookup, addressPolicy }),
        deadline.signal,
      );
      const response = await openResponse(url, {
        addresses,
        headers: {
          "user-agent": USER_AGENT,
          accept: [...accepted, "*/*;q=0.1"].join(", "),
          "accept-encoding": "gzip, deflate, br",
        },
        headersTimeoutMs,
        signal: deadline.signal,
      });
      const status = response.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location)
          throw new SafeFetchError(
            "HTTP_ERROR",
            `The site answered ${status} without saying where to go`,
            { status },
          );
        if (redirects.length >= maxRedirects) {
          throw new SafeFetchError(
            "TOO_MANY_REDIRECTS",
            `The site redirected more than ${maxRedirects} times`,
          );
        }
        url = parseFetchUrl(resolveLocation(location, url));
        redirects.push(url.href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new SafeFetchError("HTTP_ERROR", `The site answered with status ${status}`, {
          status,
        });
      }
      const contentType = parseContentType(response.headers["content-type"]);
      if (!contentType || !accepted.has(contentType.mediaType)) {
        response.destroy();
        const message = contentType
          ? `The page is ${contentType.mediaType}, which cannot be used here`
          : "The site did not say what kind of content the page is";
        throw new SafeFetchError("BAD_CONTENT_TYPE", message);
      }
      const bytes = await readBody(response, { maxBytes, signal: deadline.signal });
      const { text, charset } = decodeBody(bytes, contentType);
      return {
        finalUrl: url.href,
        status,
        contentType: contentType.mediaType,
        charset,
        body: text,
        bytes,
        fetchedAt: new Date(),
        redirects,
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new SafeFetchError(
      "BAD_URL",
      "The site redirected to an address that is not a valid URL",
    );
  }
}
