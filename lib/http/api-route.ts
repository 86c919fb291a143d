import "server-only";
import type { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/permissions/roles";
import { idSchema } from "@/lib/validation/common";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "./json-error";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps an authenticated API route: resolves the actor (401 without one) and maps errors to
 * the JSON error shape. Handlers stay thin: parse, call lib/data, answer.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (args: {
    request: Request;
    actor: Actor;
    params: P;
  }) => Promise<Response | NextResponse>,
) {
  return async (request: Request, context: RouteContext<P>) => {
    try {
      const actor = await requireApiActor(request);
      const params = await context.params;
      return await handler({ request, actor, params });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Route ids come from the URL: an id that cannot exist is a 404, not a database error. */
export function routeId(value: string | undefined, what: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new AppError("NOT_FOUND", `${what} not found`);
  return parsed.data;
}
