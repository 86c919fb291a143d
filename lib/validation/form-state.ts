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

/** The text fields of a submitted form, for FormState.values. */
export function submittedValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

/** Only same-site paths, so a crafted callbackUrl cannot send a user elsewhere after sign-in. */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
