// WHATWG index-windows-1252 for the bytes where it differs from ISO-8859-1.
const C1_TO_UNICODE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Node's TextDecoder decodes windows-1252 (and the latin1/ascii labels that mean it) as ISO-8859-1
 * since 20.18.3, turning curly quotes and € into control characters (nodejs/node#60888, #56542).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\x80-\x9f]/g, (char) =>
      String.fromCharCode(C1_TO_UNICODE[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)),
    );
}
