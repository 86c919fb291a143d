import { describe, expect, it } from "vitest";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import { collapseWhitespace } from "../normalize";
import { truthOf } from "./edit-truth";
import { EDIT_KINDS, editBody } from "./seeded-edits";
import { pickQuotes } from "./side-by-side";

const BODY = readSeedArticle().body;
const paragraphs = (text: string) => text.split("\n\n");
const count = (text: string, part: string) => text.split(part).length - 1;

describe("editBody", () => {
  it.each(EDIT_KINDS)(
    "%s: the same seed gives the same revision, another seed another one",
    (kind) => {
      expect(editBody(BODY, kind, 1).body).toBe(editBody(BODY, kind, 1).body);
      expect(editBody(BODY, kind, 1).body).not.toBe(editBody(BODY, kind, 2).body);
      expect(editBody(BODY, kind, 1).body).not.toBe(BODY);
    },
  );

  it("moves one paragraph and changes nothing else", () => {
    const { body } = editBody(BODY, "moved paragraph", 3);
    expect([...paragraphs(body)].sort()).toEqual([...paragraphs(BODY)].sort());
    expect(paragraphs(body)).not.toEqual(paragraphs(BODY));
  });

  it("repeats whole sentences elsewhere and changes nothing else", () => {
    const { body, origin } = editBody(BODY, "duplicated sentences", 3);
    // Each run of written characters is one copy with its separator.
    const repeated = body
      .split("")
      .map((c, i) => (origin[i] === -1 ? c : "\u0000"))
      .join("")
      .split("\u0000")
      .map((run) => run.trim())
      .filter((run) => run.length > 0);
    expect(repeated.length).toBeGreaterThan(0);
    for (const sentence of repeated)
      expect(count(body, sentence), sentence).toBeGreaterThanOrEqual(2);
    expect(
      body
        .split("")
        .filter((_, i) => origin[i] !== -1)
        .join(""),
    ).toBe(BODY);
  });

  it("changes about 5% of the words", () => {
    const { body, origin } = editBody(BODY, "5% of words changed", 3);
    const words = [...body.matchAll(/\S+/g)];
    const touched = words.filter((w) =>
      [...w[0]].some((_, i) => origin[w.index + i] === -1),
    ).length;
    expect(touched / words.length).toBeGreaterThan(0.02);
    expect(touched / words.length).toBeLessThan(0.1);
  });

  it("changes whitespace only", () => {
    const { body } = editBody(BODY, "whitespace changed", 3);
    expect(collapseWhitespace(body)).toBe(collapseWhitespace(BODY));
    expect(body).toMatch(/\S(\t|\u00a0|  |\n)\S/);
  });
});

describe("truthOf", () => {
  const quotes = pickQuotes(BODY, 200, 9);

  it("finds untouched text where it went, also in a moved paragraph or beside its repeated copy", () => {
    for (const kind of ["moved paragraph", "duplicated sentences"] as const) {
      const edited = editBody(BODY, kind, 4);
      for (const quote of quotes) {
        const truth = truthOf(edited, quote.start, quote.end);
        expect(truth && edited.body.slice(truth.start, truth.end)).toBe(quote.exact);
      }
    }
  });

  it("finds reflowed text as its reflowed form", () => {
    const edited = editBody(BODY, "whitespace changed", 4);
    for (const quote of quotes) {
      const truth = truthOf(edited, quote.start, quote.end)!;
      expect(collapseWhitespace(edited.body.slice(truth.start, truth.end))).toBe(
        collapseWhitespace(quote.exact),
      );
    }
  });

  it("takes in a word that replaced the quote's first or last word, and is null once every character is gone", () => {
    const body = "The mayor said the plan would cut commute times.";
    const start = body.indexOf("plan would cut");
    const end = start + "plan would cut".length;
    // "plan" replaced by "scheme", "cut" by "halve": kept runs of old offsets, and -1 for the new letters.
    const revised = "The mayor said the scheme would halve commute times.";
    const kept = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i);
    const written = (text: string) => Array.from({ length: text.length }, () => -1);
    const origin = Int32Array.from([
      ...kept(0, 19),
      ...written("scheme"),
      ...kept(23, 30),
      ...written("halve"),
      ...kept(33, body.length),
    ]);
    expect(origin).toHaveLength(revised.length);
    const destination = new Int32Array(body.length).fill(-1);
    origin.forEach((from, i) => from >= 0 && (destination[from] = i));
    const truth = truthOf({ body: revised, origin, destination }, start, end);
    expect(truth && revised.slice(truth.start, truth.end)).toBe("scheme would halve");
    expect(truthOf({ body: revised, origin, destination }, start, start + 4)).toBeNull();
  });
});
