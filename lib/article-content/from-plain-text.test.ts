import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { normaliseBody } from "@/lib/validation/articles";
import { parseSeedArticle } from "@/lib/demo/demo-article";
import { toCanonicalText } from "./canonical-text";
import { fromPlainText } from "./from-plain-text";
import { MAX_CANONICAL_TEXT_CHARS, MAX_TEXT_INPUT_CHARS } from "./limits";

const texts = (input: string) =>
  fromPlainText(input).map((block) =>
    block.type === "paragraph" ? block.inlines.map((i) => i.text).join("") : block.type,
  );

describe("fromPlainText", () => {
  it.each([
    ["one paragraph", "Hello world.", ["Hello world."]],
    ["blank lines split", "One.\n\nTwo.\n\n\n\nThree.", ["One.", "Two.", "Three."]],
    ["a line of spaces is blank", "One.\n  \t \nTwo.", ["One.", "Two."]],
    ["single newlines become spaces", "One line\nand the next", ["One line and the next"]],
    ["Windows line ends", "One.\r\n\r\nTwo\r\nlines.", ["One.", "Two lines."]],
    ["space runs collapse, ends trimmed", "  a   b  \n\n  c ", ["a b", "c"]],
    ["markup is text", "<b>not bold</b> *not em*", ["<b>not bold</b> *not em*"]],
    ["empty", "\n\n  \n", []],
  ])("%s", (_, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps a plain body's canonical text (the demo article) exactly", () => {
    const { body } = parseSeedArticle(readFileSync("lib/demo/seed-article.txt", "utf8"));
    expect(toCanonicalText(fromPlainText(body)).text).toBe(body);
    expect(toCanonicalText(fromPlainText(body)).text).toBe(normaliseBody(body));
  });

  it("refuses text over the input cap with a 413 error", () => {
    expect(() => fromPlainText("a".repeat(MAX_TEXT_INPUT_CHARS + 1))).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }) as AppError,
    );
  });

  it("refuses a result longer than an article body", () => {
    expect(() => fromPlainText("word ".repeat(MAX_CANONICAL_TEXT_CHARS / 5 + 10))).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }) as AppError,
    );
  });
});
