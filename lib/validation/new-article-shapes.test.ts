import { describe, expect, it } from "vitest";
import { articleUrlSchema, newArticleSchema } from "./articles";

const fieldErrors = (input: unknown) => {
  const result = newArticleSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("POST /api/articles shapes", () => {
  it("takes { url } alone as a page to fetch, and only http(s) URLs", () => {
    expect(newArticleSchema.parse({ url: " https://news.example.com/a " })).toEqual({
      url: "https://news.example.com/a",
    });
    expect(fieldErrors({ url: "javascript:alert(1)" })).toHaveProperty("url");
    expect(articleUrlSchema.safeParse({ url: "ftp://files.example.com/a" }).success).toBe(false);
  });

  it("reads a url beside a title or body as the article's link, naming what else is missing", () => {
    expect(fieldErrors({ title: "T", url: "https://news.example.com/a" })).toHaveProperty("body");
    expect(fieldErrors({ body: "Text", url: "https://news.example.com/a" })).toHaveProperty(
      "title",
    );
  });

  it("refuses other fields with { url }: metadata comes from the page, or from the preview's edited fields", () => {
    expect(
      newArticleSchema.safeParse({ url: "https://news.example.com/a", outlet: "X" }).success,
    ).toBe(false);
  });

  it("takes a preview's fetchId with content, and only a well-formed id", () => {
    const content = { title: "T", format: "html", content: "<p>x</p>" };
    expect(newArticleSchema.parse({ ...content, fetchId: "cm1abcdef" })).toMatchObject({
      fetchId: "cm1abcdef",
    });
    expect(newArticleSchema.parse(content)).not.toHaveProperty("fetchId");
    expect(fieldErrors({ ...content, fetchId: "../../x" })).toHaveProperty("fetchId");
    expect(
      newArticleSchema.safeParse({ title: "T", body: "x", fetchId: "cm1abcdef" }).success,
    ).toBe(false);
  });
});
