import { isStorableText } from "@/lib/validation/text";

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
export const MAX_HREF_CHARS = 2000;

/**
 * The absolute link to store for an href, or null when the link must go (its text stays).
 * Parsing with URL is what makes this safe: it strips the leading spaces and control characters
 * browsers ignore and lower-cases the scheme, so " jAvAsCrIpT:" is seen as javascript:.
 */
export function safeHref(raw: string | undefined | null, baseUrl?: string): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  const href = url.href;
  return href.length <= MAX_HREF_CHARS && isStorableText(href) ? href : null;
}

/** True for an absolute href that safeHref keeps: what stored blocks may contain. */
export function isSafeHref(value: string): boolean {
  return safeHref(value) !== null;
}
