import { AppError, type ErrorCode } from "@/lib/errors";
import type { SafeFetchError, SafeFetchErrorCode } from "./fetch-errors";

// What the user can fix (the URL, the kind of page) is theirs: 422. What the site did is the
// gateway's: 502/504. Messages come from SafeFetchError, which is written never to name an address
// a host resolved to; the cause (a socket error that may) is never passed on.
const ANSWER: Record<SafeFetchErrorCode, ErrorCode> = {
  BAD_URL: "VALIDATION",
  BLOCKED_ADDRESS: "VALIDATION",
  BAD_CONTENT_TYPE: "VALIDATION",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  HTTP_ERROR: "UPSTREAM",
  UNREACHABLE: "UPSTREAM",
  TOO_MANY_REDIRECTS: "UPSTREAM",
  TIMEOUT: "UPSTREAM_TIMEOUT",
  ABORTED: "CANCELLED",
};

/**
 * A failed fetch of a user-given URL as the AppError the API answers with. `details.reason` is the
 * fetch error's code in lower case, so a form can tell "blocked" from "not a page" without parsing
 * the message; `details.status` is the site's own status for HTTP_ERROR.
 */
export function fetchErrorAnswer(error: SafeFetchError): AppError {
  const details = {
    reason: error.code.toLowerCase(),
    ...(error.status === undefined ? {} : { status: error.status }),
  };
  return new AppError(ANSWER[error.code], error.message, details);
}
