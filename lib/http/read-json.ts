import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { validationDetails } from "./json-error";

const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads and validates a JSON body: 413 when too large, 400 when not UTF-8 or not JSON, 422 when it
 * does not fit the schema (text fields refuse NUL and lone surrogates: lib/validation/text.ts).
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("BAD_REQUEST", "Send the body as JSON with Content-Type: application/json");
  }
  const text = await readLimited(request, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new AppError("VALIDATION", "The request is not valid", validationDetails(parsed.error));
  return parsed.data;
}

function tooLarge(maxBytes: number) {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The body may be at most ${Math.round(maxBytes / 1024)} KiB`,
  );
}

/** Stops reading as soon as the limit is passed, so a chunked upload without Content-Length cannot exhaust memory. */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    // fatal: bytes that are not UTF-8 are refused, not stored as U+FFFD in place of what was meant.
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid UTF-8");
  }
}
