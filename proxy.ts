import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PAGES = ["/signin", "/signup", "/set-password"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A convenience only: sends visitors without a session cookie to sign-in, remembering where they
 * were going. The real checks happen in the data layer on every read and write.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Published reports (/r/<slug>) are for readers and search engines, who are not signed in.
  if (PUBLIC_PAGES.includes(pathname) || pathname.startsWith("/r/")) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: API routes answer 401 JSON themselves; static files and images pass.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|jpg|css|js)$).*)"],
};
