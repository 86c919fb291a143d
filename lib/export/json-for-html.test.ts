import { describe, expect, it } from "vitest";
import { renderClaimReviews } from "./claim-review";
import { BODY, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { jsonLdFile, stringifyForHtml } from "./json-for-html";
import { renderWebAnnotationJsonLd } from "./web-annotation";

const PAYLOAD = "</script><script>alert(1)</script><!-- & \u2028 \u2029 -->";

describe("stringifyForHtml", () => {
  it("leaves no character that can end or bend a <script> element, and parses back to the same value", () => {
    const value = {
      title: PAYLOAD,
      nested: [PAYLOAD, { [PAYLOAD]: 1 }],
      plain: "café 😀",
      n: 3.5,
      yes: true,
      none: null,
    };
    const json = stringifyForHtml(value, 2);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain(
      String.raw`\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!-- \u0026 \u2028 \u2029 --\u003e`,
    );
    expect(JSON.parse(json)).toStrictEqual(value);
  });

  it("is plain JSON.stringify when nothing needs escaping", () => {
    const value = { a: "b", c: [1, "d😀"] };
    expect(stringifyForHtml(value)).toBe(JSON.stringify(value));
    expect(stringifyForHtml(value, 2)).toBe(JSON.stringify(value, null, 2));
  });
});

describe("the JSON-LD export files, with a hostile title, outlet, author, note and source", () => {
  const annotation = makeAnnotation(BODY, 0, 12, {
    status: "disputed",
    note: PAYLOAD,
    sources: [{ url: "https://a.example/x", title: PAYLOAD, quote: PAYLOAD, accessedAt: null }],
    author: { id: "u1", name: PAYLOAD },
  });
  const bundle = makeBundle([annotation], {}, BODY);
  bundle.article = { ...bundle.article, title: PAYLOAD, outlet: PAYLOAD, author: PAYLOAD };
  bundle.organization = { name: PAYLOAD, url: "https://check.example.org" };

  it.each([
    ["Web Annotation", renderWebAnnotationJsonLd(bundle)],
    ["ClaimReview", renderClaimReviews(bundle)],
  ] as const)(
    '%s: safe inside <script type="application/ld+json">, same data when parsed',
    (_, value) => {
      const file = jsonLdFile(value);
      expect(JSON.stringify(value)).toContain("</script>"); // the payload did reach the export
      expect(file).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(file)).toStrictEqual(JSON.parse(JSON.stringify(value)));
    },
  );
});
