import { describe, expect, it } from "vitest";
import { articleSearchQuerySchema, searchParamsObject } from "./article-search";

const parse = (query: string) =>
  articleSearchQuerySchema.safeParse(searchParamsObject(new URLSearchParams(query)));

describe("articleSearchQuerySchema", () => {
  it("reads a GET form's fields, empty ones as unset", () => {
    expect(
      parse(
        "q=jobs&outlet=&addedBy=&hasDisputed=1&stealthEdited=false&archived=&sort=title&page=3&pageSize=50",
      ),
    ).toEqual({
      success: true,
      data: {
        q: "jobs",
        hasDisputed: true,
        stealthEdited: false,
        sort: "title",
        page: 3,
        pageSize: 50,
      },
    });
  });

  it("refuses bad values and unknown parameters", () => {
    for (const query of [
      "pageSize=101",
      "pageSize=0",
      "page=-1",
      "page=1.5",
      "page=x",
      "sort=random",
      "archived=yes",
      "hasDisputed=maybe",
      "addedBy=a%20b",
      `q=${"x".repeat(201)}`,
      "q=%00",
      "admin=1",
    ]) {
      expect(parse(query).success, query).toBe(false);
    }
  });
});
