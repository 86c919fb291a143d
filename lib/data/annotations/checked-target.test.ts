import { describe, expect, it } from "vitest";
import { createTestActor } from "@/lib/testing/factories";
import { createAnnotationSchema } from "@/lib/validation/annotations";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { checkedTarget } from "@/lib/data/annotations/checked-target";

const FAMILY = "👩‍👩‍👧";
const BODY = `Prices 📈 rose. ${FAMILY} families. Cafe\u0301 owners. 🇫🇷 France. 東京の物価. وقال الوزير.`;

/** The span [start, end) as a client would send it, whatever it cuts. */
const raw = (start: number, end: number) => ({ start, end, exact: BODY.slice(start, end) });
const at = (text: string) => BODY.indexOf(text);

describe("checkedTarget: spans a reader could not have selected", () => {
  it.each([
    [
      "ends inside a code point (after the first half of 📈)",
      raw(at("Prices"), at("📈") + 1),
      /ends inside a character \(between the two halves/,
    ],
    [
      "starts inside a code point (before the second half of 📈)",
      raw(at("📈") + 1, at(" rose") + 5),
      /starts inside a character \(between the two halves/,
    ],
    [
      "ends inside a joined emoji (after its first person)",
      raw(at("rose"), at(FAMILY) + 2),
      /ends inside a character as readers see it/,
    ],
    [
      "starts inside a joined emoji (after a joiner)",
      raw(at(FAMILY) + 3, at(" families") + 9),
      /starts inside a character as readers see it/,
    ],
    [
      "ends between a letter and its combining accent",
      raw(at("Cafe"), at("Cafe") + 4),
      /ends inside a character as readers see it/,
    ],
    [
      "ends between a flag's two regional indicators",
      raw(at("owners"), at("🇫🇷") + 2),
      /ends inside a character as readers see it/,
    ],
  ])("refuses one that %s", (_, target, message) => {
    expect(() => checkedTarget(BODY, target)).toThrow(message);
  });

  it.each([
    ["an emoji with the words around it", "Prices 📈 rose"],
    ["a whole joined emoji", `${FAMILY} families`],
    ["an accented letter", "Cafe\u0301"],
    ["a flag", "🇫🇷 France"],
    ["CJK", "東京の物価"],
    ["RTL text", "وقال الوزير"],
  ])("accepts %s", (_, quote) => {
    expect(checkedTarget(BODY, raw(at(quote), at(quote) + quote.length))).toMatchObject({
      start: at(quote),
      end: at(quote) + quote.length,
      exact: quote,
    });
  });

  it("is what createAnnotation applies: nothing is stored for a split grapheme", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Graphemes", body: BODY }),
    );
    const input = createAnnotationSchema.parse({
      status: "unverified",
      target: raw(at("Cafe"), at("Cafe") + 4),
    });
    await expect(createAnnotation(reviewer, article.id, input)).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/inside a character/),
    });
    const whole = createAnnotationSchema.parse({
      status: "unverified",
      target: raw(at("Cafe"), at("Cafe") + 5),
    });
    await expect(createAnnotation(reviewer, article.id, whole)).resolves.toMatchObject({
      target: { exact: "Cafe\u0301" },
    });
  });
});
