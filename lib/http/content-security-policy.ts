/**
 * The app pages' Content-Security-Policy. Scripts run only from our origin's bundles and from
 * inline scripts that carry this request's nonce: Next reads the nonce from the request's CSP
 * header and puts it on its own inline scripts; the early highlight painter takes it from
 * `x-nonce` (lib/http/csp-nonce.ts). 'strict-dynamic' lets those trusted scripts load the rest of
 * the bundle. Nothing here says 'unsafe-inline' for scripts.
 */
export const NONCE_HEADER = "x-nonce";

/** 16 random bytes, base64: unguessable and fresh for every page view. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function pageContentSecurityPolicy(
  nonce: string,
  env: { AUTH_OIDC_ISSUER?: string; NODE_ENV?: string } = process.env,
): string {
  // Without JavaScript the OIDC sign-in form posts and is redirected to the provider, and
  // form-action also governs where a form's redirects may go.
  const issuer = originOf(env.AUTH_OIDC_ISSUER);
  // React's development build evaluates code to rebuild server stacks; production never does.
  const devEval = env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    // Tailwind's stylesheet is a file of ours; <style> elements need the nonce.
    `style-src 'self' 'nonce-${nonce}'`,
    // React renders style attributes for positioned popovers (toolbar, hover card, margin markers).
    // Attributes can set properties only, never run code or add selectors, and what they could
    // load is still held to img-src and font-src, so allowing them is a small, bounded risk.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${issuer}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
