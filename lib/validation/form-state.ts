/** What server actions return to forms: never raw rows, never stack traces. */
export type FormState = { ok: true; message?: string } | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> } | null;

/** Only same-site paths, so a crafted callbackUrl cannot send a user elsewhere after sign-in. */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
