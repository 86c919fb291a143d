export type SafeFetchErrorCode =
  | "BAD_URL"
  | "BLOCKED_ADDRESS"
  | "UNREACHABLE"
  | "TIMEOUT"
  | "ABORTED"
  | "TOO_LARGE"
  | "BAD_CONTENT_TYPE"
  | "TOO_MANY_REDIRECTS"
  | "HTTP_ERROR";

/**
 * Why a fetch of a user-given URL failed. The message is written for the person who typed the URL;
 * it never names the address a host resolved to (that would tell them about our internal network).
 * Mapping to an HTTP answer is the caller's job.
 */
export class SafeFetchError extends Error {
  readonly code: SafeFetchErrorCode;
  /** The upstream status, for HTTP_ERROR. */
  readonly status?: number;

  constructor(
    code: SafeFetchErrorCode,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SafeFetchError";
    this.code = code;
    this.status = options.status;
  }
}

export const isSafeFetchError = (error: unknown): error is SafeFetchError =>
  error instanceof SafeFetchError;
