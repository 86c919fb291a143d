import { describe, expect, it } from "vitest";
import { fts5MatchExpression, MAX_SEARCH_TERMS, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("splits words, keeps quoted phrases, drops terms without a letter or digit", () => {
    expect(searchTerms('  jobs  "fell to 3 percent"  * " ')).toEqual(["jobs", "fell to 3 percent"]);
    expect(searchTerms('open "phrase to the end')).toEqual(["open", "phrase to the end"]);
    expect(searchTerms("title:x NEAR( AND")).toEqual(["title:x", "NEAR(", "AND"]);
    expect(searchTerms('"" * () :')).toEqual([]);
    expect(searchTerms("a a A")).toEqual(["a", "A"]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(
      MAX_SEARCH_TERMS,
    );
  });

  it("quotes every term for FTS5, so no operator or column filter survives", () => {
    expect(fts5MatchExpression(["title:x", "NEAR(", "AND"])).toBe(
      '"title:x" AND "NEAR(" AND "AND"',
    );
    expect(fts5MatchExpression(['a"b'])).toBe('"a""b"');
  });
});
