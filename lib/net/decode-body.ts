import { decodeWindows1252 } from "./windows-1252";

export type ContentType = { mediaType: string; charset: string | null };

/** `text/html; charset="UTF-8"` → { mediaType: "text/html", charset: "UTF-8" }. */
export function parseContentType(header: string | undefined): ContentType | null {
  if (!header) return null;
  const [type = "", ...parameters] = header.split(";");
  const mediaType = type.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return null;
  let charset: string | null = null;
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (name.trim().toLowerCase() === "charset")
      charset = value.trim().replace(/^"(.*)"$/, "$1") || null;
  }
  return { mediaType, charset };
}

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** HTML that names its encoding only in a <meta> tag, within the first 1024 bytes as HTML requires. */
function metaCharset(bytes: Buffer, mediaType: string): string | null {
  if (mediaType !== "text/html" && mediaType !== "application/xhtml+xml") return null;
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Decodes as a browser would: a byte-order mark wins, then the header's charset, then an HTML
 * <meta charset>, then UTF-8. Labels TextDecoder does not know are skipped rather than refused.
 */
export function decodeBody(
  bytes: Buffer,
  contentType: ContentType,
): { text: string; charset: string } {
  const decoder =
    decoderFor(byteOrderMark(bytes)) ??
    decoderFor(contentType.charset) ??
    decoderFor(metaCharset(bytes, contentType.mediaType)) ??
    new TextDecoder("utf-8");
  const text =
    decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text, charset: decoder.encoding };
}
