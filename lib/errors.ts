import type { AnnotationView } from "@/lib/contracts/annotation";
import type { AssignmentView } from "@/lib/contracts/assignment";
import type { ReviewState } from "@/lib/validation/constants";

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

type FieldMessages = Record<string, string[] | undefined>;
/** Messages per input field (and for the input as a whole), as z.flattenError makes them. */
type FieldErrorDetails = { formErrors?: string[]; fieldErrors: FieldMessages };
/** A fetch of a user-given URL that failed (lib/net/fetch-error-answer.ts): its code, and the site's status. */
type FetchFailureDetails = { reason: string; status?: number };

/**
 * What `details` carries for each code, so a throw cannot send a client a shape it does not
 * expect; `undefined` where a code may (or must) come without. The JSON answer is `details` as is.
 */
export type ErrorDetails = {
  BAD_REQUEST: FieldErrorDetails | undefined;
  UNAUTHENTICATED: undefined;
  FORBIDDEN: undefined;
  NOT_FOUND: undefined;
  CONFLICT:
    | undefined
    /** What the row is now (null: gone), so the client can show it instead of its stale copy. */
    | { current: AnnotationView | AssignmentView | null }
    /** A settlement's: the state and version it has now. */
    | { reviewState: ReviewState; version: number }
    | { articleVersion: number }
    | { currentVersion: number }
    | { field: string }
    | FieldErrorDetails;
  PAYLOAD_TOO_LARGE: undefined | { limit: number } | FetchFailureDetails;
  VALIDATION:
    | undefined
    | FieldErrorDetails
    /** Where in the input the problem is. */
    | { path: string[] }
    /** A code for the refusal, for clients to branch on instead of parsing the message. */
    | { reason: string }
    | FetchFailureDetails
    /** An import of which nothing could be read: the messages, and the entries skipped. */
    | { errors: string[]; skipped: { index: number; reason: string }[] };
  RATE_LIMITED: undefined;
  BUSY: undefined;
  TIMEOUT: undefined;
  UPSTREAM: FetchFailureDetails;
  UPSTREAM_TIMEOUT: FetchFailureDetails;
  CANCELLED: FetchFailureDetails | undefined;
};

type Options = { retryAfterSeconds?: number };
/** Details may be left out only where the code allows none. */
type DetailsAndOptions<C extends ErrorCode> = undefined extends ErrorDetails[C]
  ? [details?: ErrorDetails[C], options?: Options]
  : [details: ErrorDetails[C], options?: Options];

/** An error the user caused or may see; anything else is a bug and is reported as a bare 500. */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: ErrorDetails[C];
  /** Sent as Retry-After: when trying again may work (BUSY, RATE_LIMITED). */
  readonly retryAfterSeconds?: number;

  constructor(code: C, message: string, ...[details, options = {}]: DetailsAndOptions<C>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details as ErrorDetails[C];
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
