import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseWebAnnotations } from "@/lib/import";
import { createReplySchema } from "@/lib/validation/reviews";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";
import { readJson } from "./read-json";

const request = (body: string | Uint8Array<ArrayBuffer>) =>
  new Request("http://localhost/api/x", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });

/** The AppError readJson throws (code, message, field errors), or null when it reads the body. */
async function failure(
  body: string | Uint8Array<ArrayBuffer>,
  schema: z.ZodType = createReplySchema,
) {
  try {
    await readJson(request(body), schema);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = error.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return { code: error.code, message: error.message, fieldErrors: details?.fieldErrors };
  }
}

describe("readJson and text that cannot be stored", () => {
  it.each([
    ["a lone surrogate as a JSON escape", String.raw`{"body":"x\ud800y"}`],
    ["a lone low surrogate as a JSON escape", String.raw`{"body":"x\udc00y"}`],
    ["a NUL as a JSON escape", String.raw`{"body":"x\u0000y"}`],
  ])("%s: 422 naming the field", async (_, json) => {
    expect(await failure(json)).toEqual({
      code: "VALIDATION",
      message: "The request is not valid",
      fieldErrors: { body: [UNSTORABLE_TEXT_MESSAGE] },
    });
  });

  it("a raw NUL byte inside a string is not JSON: 400", async () => {
    expect(
      (await failure(new Uint8Array([...Buffer.from('{"body":"x'), 0, ...Buffer.from('y"}')])))
        ?.code,
    ).toBe("BAD_REQUEST");
  });

  it.each([
    ["a lone continuation byte", [0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
    ["an encoded surrogate (CESU-8)", [0xed, 0xa0, 0x80]],
    ["an overlong slash", [0xc0, 0xaf]],
  ])("%s is refused with 400, not stored as U+FFFD", async (_, bytes) => {
    const body = new Uint8Array([...Buffer.from('{"body":"x'), ...bytes, ...Buffer.from('y"}')]);
    expect(await failure(body)).toEqual({
      code: "BAD_REQUEST",
      message: "The body is not valid UTF-8",
      fieldErrors: undefined,
    });
  });

  it("reads emoji (surrogate pairs), raw or escaped, and a byte order mark", async () => {
    await expect(readJson(request('{"body":"👍 🇫🇷"}'), createReplySchema)).resolves.toEqual({
      body: "👍 🇫🇷",
    });
    await expect(
      readJson(request(String.raw`{"body":"\ud83d\udc4d"}`), createReplySchema),
    ).resolves.toEqual({ body: "👍" });
    await expect(
      readJson(
        request(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"body":"b"}')])),
        createReplySchema,
      ),
    ).resolves.toEqual({ body: "b" });
  });

  it("an import whose only annotation has a lone surrogate in its note imports nothing, saying why", async () => {
    const json = await readJson(
      request(
        String.raw`{"type":"Annotation","bodyValue":"x\ud800","target":{"selector":{"type":"TextQuoteSelector","exact":"minister"}}}`,
      ),
      z.unknown(),
    );
    const { annotations, errors } = parseWebAnnotations(json);
    expect(annotations).toEqual([]);
    expect(errors).toEqual([
      "Annotation 1 (index 0) skipped: its text contains a character that cannot be stored (a NUL or a lone surrogate)",
    ]);
  });
});
