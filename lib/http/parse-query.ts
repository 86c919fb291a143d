import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { validationDetails } from "./json-error";

/** A request's query parameters through a schema: 422 with the fields that are wrong. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    throw new AppError("VALIDATION", "The query is not valid", validationDetails(parsed.error));
  return parsed.data;
}
