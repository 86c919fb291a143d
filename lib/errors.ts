export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "BUSY"
  | "TIMEOUT"
  | "UPSTREAM"
  | "UPSTREAM_TIMEOUT"
  | "CANCELLED";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  BUSY: 503,
  TIMEOUT: 503,
  // A site we fetched on the user's behalf failed: the gateway statuses, so clients can tell it from our own failure.
  UPSTREAM: 502,
  UPSTREAM_TIMEOUT: 504,
  // nginx's "client closed request": the caller went away, so nobody reads this answer; logs can tell it apart.
  CANCELLED: 499,
};

/** An error the user caused or may see; anything else is a bug and is reported as a bare 500. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** Sent as Retry-After: when trying again may work (BUSY, RATE_LIMITED). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    details?: unknown,
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") =>
  new AppError("FORBIDDEN", message);
export const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "Sign in or send a valid API token");

/** Maps Prisma's known request errors by code (never by message text). */
export function fromPrismaError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", "This already exists");
  if (code === "P2025") return new AppError("NOT_FOUND", "Not found");
  // No database connection came free in time (transactionOptions.maxWait): an overload, not a bug.
  if (code === "P2028")
    return new AppError("BUSY", "The server is busy: try again in a few seconds", undefined, {
      retryAfterSeconds: 5,
    });
  if (code === "P2003") return new AppError("BAD_REQUEST", "A referenced record does not exist");
  // A raw statement (the batched annotation inserts) reports the driver's constraint kind instead.
  if (code === "P2010") {
    const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta
      ?.driverAdapterError?.cause?.kind;
    if (kind === "ForeignKeyConstraintViolation")
      return new AppError("BAD_REQUEST", "A referenced record does not exist");
    if (kind === "UniqueConstraintViolation")
      return new AppError("CONFLICT", "This already exists");
  }
  return null;
}
