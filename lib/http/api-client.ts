import { z } from "@/lib/contracts/zod";

export type ApiError = { status: number; code: string; message: string; details?: unknown };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** The answer of a route that answers 204 (deletes): nothing to read. */
export const noContent = z.undefined();

/** How many of a malformed answer's problems the error names (enough to find the field). */
const SHOWN_ISSUES = 5;

/**
 * Calls our JSON API and checks its answer against the route's contract (lib/contracts), so a
 * page never runs on a shape it was not written for: a wrong answer is an error result
 * (BAD_RESPONSE), like any other failure the caller already shows. Errors keep the server's
 * status, code, message and details (a 409's current copy, a 422's field errors).
 */
export async function callApi<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  init: RequestInit = {},
  fetchImpl: typeof fetch = fetch,
): Promise<ApiResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      ...init,
      headers: init.body ? { "Content-Type": "application/json", ...init.headers } : init.headers,
      cache: "no-store",
    });
  } catch {
    return {
      ok: false,
      error: {
        status: 0,
        code: "NETWORK",
        message: "The server cannot be reached. Check your connection and try again.",
      },
    };
  }
  const body: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => null);
  if (!response.ok) return { ok: false, error: errorOf(response.status, body) };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    error: {
      status: response.status,
      code: "BAD_RESPONSE",
      message: "The server's answer was not what this page expects. Reload the page and try again.",
      details: {
        issues: parsed.error.issues
          .slice(0, SHOWN_ISSUES)
          .map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
      },
    },
  };
}

function errorOf(status: number, body: unknown): ApiError {
  const error = (body as { error?: Omit<ApiError, "status"> } | null)?.error;
  return {
    status,
    code: error?.code ?? "INTERNAL",
    message: error?.message ?? "The server could not do this",
    details: error?.details,
  };
}

/** Field errors from a 422 answer, keyed by the first path segment (e.g. "sources", "note"). */
export function fieldErrorsOf(error: ApiError): Record<string, string[]> {
  const details = error.details as { fieldErrors?: Record<string, string[]> } | undefined;
  return details?.fieldErrors ?? {};
}
