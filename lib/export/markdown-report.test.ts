import { describe, expect, it } from "vitest";
import {
  ALL_OPTIONS,
  BODY,
  makeAnnotation,
  makeBundle,
  makeReply,
  sampleBundle,
} from "./fixtures/bundle";
import { renderMarkdownReport } from "./markdown-report";
import type { ExportOptions } from "./types";

const render = (options: Partial<ExportOptions> = {}) =>
  renderMarkdownReport(sampleBundle({ options: { ...ALL_OPTIONS, ...options } }));

describe("renderMarkdownReport", () => {
  const md = render();
  it.each([
    ["the title", "# Fact-check report: Minister on jobs\n"],
    [
      "the metadata",
      "- Outlet: Example Wire\n- Author: Jo Writer\n- Published: 1 June 2024\n- Original: [https://example.com/story](https://example.com/story)",
    ],
    [
      "who generated it",
      "Generated 5 Jun 2024, 12:00 UTC by Ed Itor for [Check Desk](https://check.example.org/).",
    ],
    ["a status table", "| Status | Count |\n| --- | ---: |\n| Sourced | 1 |\n| Disputed | 2 |"],
    ["a review state table", "| Approved | 1 |"],
    [
      "footnotes after each span, all of them at an overlap",
      "Unemployment fell to 3 percent[^1] in May[^2], the minister said.",
    ],
    ["a footnote at a paragraph's end", "missed gig workers.[^3]\n\nOfficials"],
    [
      "a footnote definition with status and review state",
      "[^1]: **Sourced** · Approved · [Open in Factmark](https://factmark.example.org/articles/art1?annotation=a-sourced)",
    ],
    ["the quote, indented into the footnote", "\n    > Unemployment fell to 3 percent\n"],
    ["the note as Markdown", "\n    Matches the *official* release.\n"],
    [
      "sources as links",
      "    1. [May release](https://stats.example.org/may) — “3.0%” (accessed 2 June 2024)",
    ],
    ["reviews", "- **Alice** disagreed: The revision came later (would mark it Unverified)"],
    ["the settlement", "**Decision:** Approved by Ed Itor on 4 Jun 2024, 08:00 UTC: Checked."],
    [
      "replies, deleted ones as such",
      "    > Which release?\n\n    *Bob, 3 Jun 2024, 10:00 UTC:*\n\n    > *(deleted)*",
    ],
    ["the orphans as a section, not footnotes", "## Could not be placed in the current text"],
  ])("has %s", (_, fragment) => {
    expect(md).toContain(fragment);
  });

  it("defines every referenced footnote exactly once and none for orphans", () => {
    for (const n of [1, 2, 3]) expect(md.split(`[^${n}]:`).length).toBe(2);
    expect(md).not.toContain("[^4]");
    expect(md).toContain("### Annotation 4");
  });

  it("says whom a reply to a reply answers", () => {
    const bundle = sampleBundle();
    const disputed = bundle.annotations.find((a) => a.id === "a-disputed")!;
    const [question] = disputed.replies!;
    disputed.replies = [
      question!,
      makeReply(disputed.id, "bob", "The revised one.", { parentId: question!.id }),
    ];
    expect(renderMarkdownReport(bundle)).toContain(
      "*Bob, 3 Jun 2024, 10:00 UTC, in reply to Carol:*\n\n    > The revised one.",
    );
  });

  it("leaves the discussion out unless asked", () => {
    expect(render({ includeDiscussion: false })).not.toContain("Which release?");
  });

  it("anonymises names when asked", () => {
    const anonymous = render({ anonymise: true });
    expect(anonymous).not.toMatch(/Alice|Bob|Carol|Dave|Ed Itor/);
    expect(anonymous).toContain("Marked by Reviewer 1");
  });

  it.each([
    ["link syntax", "[click](https://evil.example)", "\\[click\\]\\(https://evil.example)"],
    ["HTML", "<b>bold</b>", "&lt;b\\>bold&lt;/b\\>"],
    ["emphasis", "*really*", "\\*really\\*"],
    ["a heading", "# Breaking", "\\# Breaking"],
  ])("escapes %s in the article text", (_, text, escaped) => {
    const body = `Intro.\n\n${text}`;
    const out = renderMarkdownReport(
      makeBundle([makeAnnotation(body, 8, 8 + text.length)], {}, body),
    );
    expect(out).toContain(`${escaped}[^1]`);
  });

  it("escapes metadata", () => {
    const bundle = makeBundle([]);
    const out = renderMarkdownReport({
      ...bundle,
      article: { ...bundle.article, title: "[x](https://evil.example) <i>", outlet: "*Wire*" },
    });
    expect(out).toContain("# Fact-check report: \\[x\\]\\(https://evil.example) &lt;i\\>");
    expect(out).toContain("- Outlet: \\*Wire\\*");
  });

  it("keeps a '!' before a footnote from making an image", () => {
    const a = makeAnnotation(BODY, 0, 4);
    const body = "Wow! Then more.";
    const out = renderMarkdownReport(
      makeBundle(
        [
          {
            ...a,
            target: { ...a.target, exact: "Wow!" },
            anchor: { start: 0, end: 4, method: "position" },
          },
        ],
        {},
        body,
      ),
    );
    expect(out).toContain("Wow\\![^1] Then more.");
  });

  it("keeps single line breaks as hard breaks", () => {
    const body = "Line one\nLine two";
    expect(renderMarkdownReport(makeBundle([], {}, body))).toContain("Line one\\\nLine two");
  });
});
