import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const slices = (text: string) =>
  splitSentences(text).map((s) => ({ slice: text.slice(s.start, s.end), text: s.text }));

describe("splitSentences", () => {
  it("returns offsets whose slice is the sentence", () => {
    const text =
      "Dr. Smith said the U.S. economy grew 3.5% in 2021. It cost $4.2 billion, officials said.\n\nMr. Jones left on Jan. 5.";
    const found = slices(text);
    expect(found.map((s) => s.text)).toEqual([
      "Dr. Smith said the U.S. economy grew 3.5% in 2021.",
      "It cost $4.2 billion, officials said.",
      "Mr. Jones left on Jan. 5.",
    ]);
    for (const s of found) expect(s.slice).toBe(s.text);
  });

  it("counts astral characters as two code units, as JavaScript strings and annotations do", () => {
    const text = "The 😀 emoji and 𝒳 came first. Then 👩‍👩‍👧 arrived in 2020.";
    const [first, second] = splitSentences(text);
    expect(text.slice(first!.start, first!.end)).toBe("The 😀 emoji and 𝒳 came first.");
    expect(second!.start).toBe(text.indexOf("Then"));
    expect(text.slice(second!.start, second!.end)).toBe("Then 👩‍👩‍👧 arrived in 2020.");
  });

  it("treats CR/LF, CR and LF as line breaks and keeps them out of the sentences", () => {
    const text = "Heading one\r\nThe council met. It voted 7 to 2.\rA line alone\nLast one.";
    expect(slices(text).map((s) => s.slice)).toEqual([
      "Heading one",
      "The council met.",
      "It voted 7 to 2.",
      "A line alone",
      "Last one.",
    ]);
  });

  it("never joins a heading to the sentence below it, and marks a line that is one sentence", () => {
    const text = "China counter-narrative\nThe report said so. It added more.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.isWholeLine])).toEqual([
      ["China counter-narrative", true],
      ["The report said so.", false],
      ["It added more.", false],
    ]);
  });

  it("trims surrounding spaces and skips blank lines", () => {
    const text = "  \n\t Leading spaces here.   \n\n\n";
    expect(slices(text)).toEqual([{ slice: "Leading spaces here.", text: "Leading spaces here." }]);
  });

  it("reads a paragraph longer than one piece in pieces, with offsets still right", () => {
    const sentence = "The fund paid 25 million dollars to 1,200 families in 2021. ";
    const text = `Start 😀. ${sentence.repeat(1_000)}`.trimEnd();
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(1_001);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.at(-1)!.text).toBe(sentence.trim());
  });

  it("tags words and entities", () => {
    const [s] = splitSentences("Profit fell 6.2% to $214 million on 3 March.");
    expect(s!.entities.map((e) => e.type)).toEqual(
      expect.arrayContaining(["PERCENT", "MONEY", "DATE"]),
    );
    expect(s!.words.find((w) => w.text === "fell")?.pos).toBe("VERB");
  });
});

describe("splitSentences on a paragraph with no space to cut at", () => {
  it("cuts between characters, never inside an astral one", () => {
    const text = `a${"😀".repeat(15_000)}`; // the 20,000th code unit is the second half of an emoji
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text).join("")).toBe(text);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe("splitSentences on a line of very many sentences", () => {
  it("returns them all", () => {
    expect(splitSentences("Yes. ".repeat(200_000))).toHaveLength(200_000);
  });
});
