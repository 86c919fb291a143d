import { NextResponse, type NextRequest } from "next/server";
import {
  NONCE_HEADER,
  createNonce,
  pageContentSecurityPolicy,
} from "@/lib/http/content-security-policy";

const PUBLIC_PAGES = ["/signin", "/signup", "/set-password"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Gives every page its Content-Security-Policy with a fresh script nonce (on the request too, where
 * Next reads it for its own inline scripts), and, as a convenience only, sends visitors without a
 * session cookie to sign-in, remembering where they were going. The real checks happen in the
 * data layer on every read and write.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Published reports (/r/<slug>) are for readers and search engines, who are not signed in; their
  // route sends its own, stricter, script-free policy, which a second policy would only confuse.
  if (pathname.startsWith("/r/")) return NextResponse.next();
  if (
    !PUBLIC_PAGES.includes(pathname) &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes answer 401 JSON themselves (and get a no-content policy from
  // next.config.js); static files and images pass.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|jpg|css|js)$).*)"],
};
