/**
 * The address people reach this app at, for every absolute URL it writes (export ids, permalinks,
 * ClaimReview urls, report links): `APP_URL` (or Auth.js' `AUTH_URL`) when set, which is what a
 * deployment behind a proxy should do; otherwise the request's own host and scheme.
 * X-Forwarded-Host/-Proto are believed here only because scripts/serve.mjs removes them from
 * every client that is not a trusted proxy (TRUSTED_PROXIES).
 */
export function publicBaseUrl(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = configuredBaseUrl(env);
  if (configured) return configured;
  const url = new URL(request.url);
  const host =
    firstValue(request.headers.get("x-forwarded-host")) ?? request.headers.get("host") ?? url.host;
  const forwardedProto = firstValue(request.headers.get("x-forwarded-proto"));
  const proto =
    forwardedProto === "https" || forwardedProto === "http"
      ? forwardedProto
      : url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

/** APP_URL or AUTH_URL as origin plus base path without a trailing slash; null when neither is set. Throws on a malformed one. */
export function configuredBaseUrl(
  env: Record<string, string | undefined> = process.env,
): string | null {
  const value = env.APP_URL?.trim() || env.AUTH_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `APP_URL must be an absolute http(s) URL such as https://factcheck.example.org (got ${JSON.stringify(value)})`,
    );
  }
  if (
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `APP_URL must be a plain http(s) URL without credentials, query or fragment (got ${JSON.stringify(value)})`,
    );
  }
  // Auth.js' AUTH_URL may end in its own /api/auth: the app itself lives above it.
  const path = url.pathname.replace(/\/api\/auth\/?$/, "").replace(/\/+$/, "");
  return `${url.origin}${path}`;
}

function firstValue(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim();
  return first ? first : null;
}
