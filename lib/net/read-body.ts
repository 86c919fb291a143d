import type { IncomingMessage } from "node:http";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Transform } from "node:stream";
import { SafeFetchError } from "./fetch-errors";

const formatSize = (bytes: number) =>
  bytes >= 1_000_000
    ? `${Number((bytes / 1_000_000).toFixed(1))} MB`
    : `${Math.ceil(bytes / 1000)} kB`;

const tooLarge = (maxBytes: number) =>
  new SafeFetchError(
    "TOO_LARGE",
    `The page is larger than the ${formatSize(maxBytes)} that can be fetched`,
  );

function decompressorFor(header: string | undefined): Transform | null {
  const encoding = (header ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return null;
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflate();
  if (encoding === "br") return createBrotliDecompress();
  throw new SafeFetchError(
    "BAD_CONTENT_TYPE",
    "The page uses a compression this server does not read",
  );
}

/**
 * Reads a response body, refusing more than maxBytes both on the wire and after decompression (a
 * few kilobytes of gzip can unpack to gigabytes). A declared Content-Length above the cap is
 * refused before a byte is read; a chunked body is cut off the moment it passes the cap.
 */
export function readBody(
  response: IncomingMessage,
  { maxBytes, signal }: { maxBytes: number; signal: AbortSignal },
): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(maxBytes));
  }
  let decompressor: Transform | null;
  try {
    decompressor = decompressorFor(response.headers["content-encoding"]);
  } catch (error) {
    response.destroy();
    return Promise.reject(error);
  }

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let onWire = 0;
    let kept = 0;
    let isSettled = false;

    const settle = (error?: unknown) => {
      if (isSettled) return;
      isSettled = true;
      signal.removeEventListener("abort", onAbort);
      if (error === undefined) return resolve(Buffer.concat(chunks, kept));
      response.destroy();
      decompressor?.destroy();
      reject(error);
    };
    const onAbort = () => settle(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    const keep = (chunk: Buffer) => {
      kept += chunk.length;
      if (kept > maxBytes) return settle(tooLarge(maxBytes));
      chunks.push(chunk);
    };
    response.on("data", (chunk: Buffer) => {
      onWire += chunk.length;
      if (onWire > maxBytes) return settle(tooLarge(maxBytes));
      if (!decompressor) keep(chunk);
    });
    response.on("error", (error) =>
      settle(
        new SafeFetchError("UNREACHABLE", "The connection broke while reading the page", {
          cause: error,
        }),
      ),
    );
    response.on("close", () => {
      if (!response.complete)
        settle(
          new SafeFetchError("UNREACHABLE", "The connection closed before the page was complete"),
        );
    });
    if (decompressor) {
      response.pipe(decompressor);
      decompressor.on("data", keep);
      decompressor.on("end", () => settle());
      decompressor.on("error", (error) =>
        settle(
          new SafeFetchError("BAD_CONTENT_TYPE", "The page's compressed data is damaged", {
            cause: error,
          }),
        ),
      );
    } else {
      response.on("end", () => settle());
    }
  });
}
