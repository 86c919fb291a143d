const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a browser sent this write from another site. A session cookie rides along with any
 * request a page elsewhere makes (a form post, a no-body POST like restore), so cookie-authenticated
 * writes must come from our own pages. Browsers say where a request comes from in Sec-Fetch-Site
 * (or at least Origin); a request with neither is not a browser's, so no cookie was borrowed.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
