/** What server actions return to forms: never raw rows, never stack traces. */
export type FormState =
  | { ok: true; message?: string }
  | {
      ok: false;
      message?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed (never passwords), so React's form reset after an action loses nothing. */
      values?: Record<string, string>;
    }
  | null;

const PLACEHOLDER_ORIGIN = "http://factmark.invalid";

/**
 * Only same-site paths, so a crafted callbackUrl cannot send a user elsewhere after sign-in.
 * Browsers drop tabs and newlines from URLs and read a backslash as "/", so "/\t/evil.example" would
 * become "//evil.example": such characters are refused outright. The result is re-serialised by
 * the URL parser, so it is plain ASCII and safe in a Location header.
 */
export function safeReturnPath(
  value: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (
    !value.startsWith("/") ||
    /[\u0000-\u0020\u007f-\u00a0\\\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/.test(value)
  )
    return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
