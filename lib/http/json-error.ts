import { NextResponse } from "next/server";
import { ZodError, z } from "zod";
import { AppError, HTTP_STATUS, fromPrismaError, type ErrorCode } from "@/lib/errors";

export type ErrorBody = {
  error: { code: ErrorCode | "INTERNAL"; message: string; details?: unknown };
};

export function errorResponse(
  code: ErrorCode,
  message: string,
  details?: unknown,
  retryAfterSeconds?: number,
): NextResponse<ErrorBody> {
  const headers =
    retryAfterSeconds === undefined
      ? undefined
      : { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) };
  return NextResponse.json(
    { error: { code, message, ...(details === undefined ? {} : { details }) } },
    { status: HTTP_STATUS[code], headers },
  );
}

export function validationDetails(error: ZodError) {
  return z.flattenError(error);
}

/** One place maps every error to HTTP; unexpected ones are logged and never shown (no stack traces). */
export function toErrorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError)
    return errorResponse(error.code, error.message, error.details, error.retryAfterSeconds);
  if (error instanceof ZodError)
    return errorResponse("VALIDATION", "The request is not valid", validationDetails(error));
  const mapped = fromPrismaError(error);
  if (mapped)
    return errorResponse(mapped.code, mapped.message, undefined, mapped.retryAfterSeconds);
  console.error(error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on the server" } },
    { status: 500 },
  );
}
