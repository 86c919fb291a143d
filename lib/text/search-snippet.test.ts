import { describe, expect, it } from "vitest";
import { searchSnippet } from "./search-snippet";

const marked = (parts: { text: string; match: boolean }[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join("");

describe("searchSnippet", () => {
  const body =
    Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ") +
    "\n\nThe Jobs report: jobs fell, Unemployment\nfell <b>again</b>. " +
    "tail ".repeat(30);

  it("cuts the words around the first match and marks every whole-word, case-folded match in it", () => {
    const text = marked(searchSnippet(body, ["jobs", "unemployment fell"]));
    expect(text).toBe(
      "…w33 w34 w35 w36 w37 w38 w39 The [Jobs] report: [jobs] fell, [Unemployment fell] <b>again</b>. tail tail tail tail tail tail tail…",
    );
  });

  it("does not mark a word inside another, and starts at the beginning when the match is only in the title", () => {
    expect(marked(searchSnippet("Jobsworth and jobs.", ["jobs"]))).toBe("Jobsworth and [jobs].");
    expect(marked(searchSnippet("Nothing here at all.", ["absent"]))).toBe("Nothing here at all.");
  });

  it("matches letters beyond ASCII and treats regular-expression characters as text", () => {
    expect(
      marked(searchSnippet("In ZÜRICH (and Łódź) prices rose.", ["zürich", "łódź", "(and"])),
    ).toBe("In [ZÜRICH] ([and] [Łódź]) prices rose.");
    expect(() => searchSnippet("a.b", [".*", "a(b", "[x"])).not.toThrow();
  });
});
