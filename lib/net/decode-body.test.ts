import { describe, expect, it } from "vitest";
import { decodeBody, parseContentType } from "./decode-body";

describe("parseContentType", () => {
  it.each([
    ["text/html", { mediaType: "text/html", charset: null }],
    ["Text/HTML; Charset=UTF-8", { mediaType: "text/html", charset: "UTF-8" }],
    [
      'text/plain; format=flowed; charset="iso-8859-1"',
      { mediaType: "text/plain", charset: "iso-8859-1" },
    ],
    ["text/html;charset=", { mediaType: "text/html", charset: null }],
  ])("reads %j", (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });

  it.each([undefined, "", "html", "text/html/extra", ";charset=utf-8"])(
    "finds no media type in %j",
    (header) => {
      expect(parseContentType(header)).toBeNull();
    },
  );
});

describe("decodeBody", () => {
  const html = (charset: string | null) => ({ mediaType: "text/html", charset });

  it("defaults to UTF-8", () => {
    expect(decodeBody(Buffer.from("Grüße"), { mediaType: "text/plain", charset: null })).toEqual({
      text: "Grüße",
      charset: "utf-8",
    });
  });

  it("decodes every windows-1252 byte the way browsers do, including 0x80–0x9F", () => {
    const bytes = Buffer.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x99, 0x9f,
    ]);
    expect(decodeBody(bytes, html("windows-1252")).text).toBe(
      "\u201cCafé\u201d €5 \u2013 \u2122\u0178",
    );
    expect(decodeBody(Buffer.from([0x92]), html("iso-8859-1"))).toEqual({
      text: "\u2019",
      charset: "windows-1252",
    });
  });

  it("decodes other declared charsets", () => {
    expect(decodeBody(Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), html("iso-8859-2")).text).toBe("Łódź");
    expect(decodeBody(Buffer.from([0x82, 0xa0]), html("shift_jis")).text).toBe("あ");
  });

  it("lets a byte-order mark override the header", () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(decodeBody(bytes, html("iso-8859-1"))).toEqual({ text: "AB", charset: "utf-16le" });
    expect(decodeBody(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), html(null)).text).toBe("hi");
  });

  it("reads <meta charset> from HTML only, and only when the header names none", () => {
    const bytes = Buffer.from(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\x93',
      "latin1",
    );
    expect(decodeBody(bytes, html(null)).text.endsWith("\u201c")).toBe(true);
    expect(decodeBody(bytes, html("utf-8")).charset).toBe("utf-8");
    expect(decodeBody(bytes, { mediaType: "text/plain", charset: null }).charset).toBe("utf-8");
  });

  it("falls back to UTF-8 for a charset TextDecoder does not know", () => {
    expect(decodeBody(Buffer.from("ok"), html("x-made-up"))).toEqual({
      text: "ok",
      charset: "utf-8",
    });
  });
});
