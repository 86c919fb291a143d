import { MAX_IMPORT_BYTES } from "@/lib/import/limits";

export type ErrorBody = { error?: { message?: string; details?: { errors?: unknown } } } | null;

const MB = 1024 * 1024;
const REASONS_SHOWN = 3;

/**
 * Why the server refused an import, in the terms of the file the user picked. The API's words
 * are for API clients ("the body may be at most 10240 KiB"); a refused file also needs its reasons,
 * or "no annotation could be read" leaves the user guessing what is wrong with it.
 */
export function describeRefusal(status: number, json: ErrorBody): string {
  if (status === 413)
    return `The file is larger than ${MAX_IMPORT_BYTES / MB} MB, the most that can be imported.`;
  const message = json?.error?.message ?? `The server answered ${status}`;
  const errors = json?.error?.details?.errors;
  const reasons = Array.isArray(errors)
    ? errors.filter((e): e is string => typeof e === "string")
    : [];
  if (reasons.length === 0) return message;
  const more =
    reasons.length > REASONS_SHOWN ? ` (and ${reasons.length - REASONS_SHOWN} more)` : "";
  return `${message}: ${reasons.slice(0, REASONS_SHOWN).join("; ")}${more}`;
}
