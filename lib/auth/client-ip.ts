/**
 * The client's address as scripts/serve.mjs resolved it: the socket's peer, or what a proxy named
 * in TRUSTED_PROXIES reported. The server replaces X-Forwarded-For with that one address before
 * the app sees the request, so the header is never the client's own claim.
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
