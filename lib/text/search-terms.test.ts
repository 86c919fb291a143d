import { describe, expect, it } from "vitest";
import { fts5MatchExpression, MARK_END, MARK_START, MAX_SEARCH_TERMS, searchTerms, snippetParts } from "./search-terms";

describe("searchTerms", () => {
  it("splits words, keeps quoted phrases, drops terms without a letter or digit", () => {
    expect(searchTerms('  jobs  "fell to 3 percent"  * " ')).toEqual(["jobs", "fell to 3 percent"]);
    expect(searchTerms('open "phrase to the end')).toEqual(["open", "phrase to the end"]);
    expect(searchTerms("title:x NEAR( AND")).toEqual(["title:x", "NEAR(", "AND"]);
    expect(searchTerms('"" * () :')).toEqual([]);
    expect(searchTerms("a a A")).toEqual(["a", "A"]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("quotes every term for FTS5, so no operator or column filter survives", () => {
    expect(fts5MatchExpression(["title:x", "NEAR(", "AND"])).toBe('"title:x" AND "NEAR(" AND "AND"');
    expect(fts5MatchExpression(['a"b'])).toBe('"a""b"');
  });
});

describe("snippetParts", () => {
  it("turns marked text into plain parts, and tolerates unbalanced marks", () => {
    expect(snippetParts(`…the ${MARK_START}jobs${MARK_END} report <b>${MARK_START}fell${MARK_END}`)).toEqual([
      { text: "…the ", match: false },
      { text: "jobs", match: true },
      { text: " report <b>", match: false },
      { text: "fell", match: true },
    ]);
    expect(snippetParts(`a${MARK_END}b${MARK_START}c`)).toEqual([
      { text: "ab", match: false },
      { text: "c", match: true },
    ]);
    expect(snippetParts("")).toEqual([]);
  });
});
