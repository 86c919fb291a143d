import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoteMarkdown } from "@/components/reader/note-markdown";
import { renderNoteHtml } from "@/lib/export/note-html";
import { ADVERSARIAL_NOTES } from "./adversarial-notes";
import { boundNesting, MAX_NESTING } from "./bound-nesting";
import { MAX_TREE_DEPTH } from "./bound-tree-depth";
import { MAX_MARKDOWN_COST, markdownCost } from "./markdown-budget";
import { prepareNote } from "./note-markdown-options";

/** Deepest element nesting in an HTML fragment (void <br> aside), and the deepest run of <blockquote>s. */
function depths(html: string): { elements: number; quotes: number } {
  const open: string[] = [];
  let elements = 0;
  let quotes = 0;
  for (const [, closing, tag] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (tag === "br") continue;
    if (closing) open.pop();
    else open.push(tag!);
    elements = Math.max(elements, open.length);
    quotes = Math.max(quotes, open.filter((t) => t === "blockquote").length);
  }
  return { elements, quotes };
}

const renderApp = (text: string) => renderToStaticMarkup(createElement(NoteMarkdown, { text }));

describe("boundNesting", () => {
  it.each([
    "> quoted\n> > twice\n> > > three times",
    "- one\n  - two\n    - three\n      1. four",
    "- - -",
    "* * * * * *",
    "```\n>>>> code\n```",
    "Prose with > and - and 1. in it.",
  ])("leaves ordinary Markdown as it is: %j", (markdown) => {
    expect(boundNesting(markdown)).toBe(markdown);
  });

  it("escapes the first marker past the limit, on the same line and by indentation", () => {
    expect(boundNesting(">".repeat(MAX_NESTING + 3))).toBe(`${">".repeat(MAX_NESTING)}\\>>>`);
    expect(boundNesting("- ".repeat(MAX_NESTING) + "1. x")).toBe(
      `${"- ".repeat(MAX_NESTING)}1\\. x`,
    );
    expect(boundNesting(`${" ".repeat(2 * MAX_NESTING)}- x`)).toBe(
      `${" ".repeat(2 * MAX_NESTING)}\\- x`,
    );
  });

  it("draws a long rule with three marks", () => {
    expect(boundNesting(`> ${"- ".repeat(5000)}`)).toBe("> - - -");
  });
});

describe("prepareNote: what a note may cost", () => {
  it("keeps a long, well formatted note as Markdown", () => {
    const note = Array.from(
      { length: 40 },
      (_, i) => `- *Point ${i}*: see [the release](https://stats.example.org/${i}).`,
    ).join("\n");
    expect(markdownCost(note)).toBeLessThanOrEqual(MAX_MARKDOWN_COST);
    expect(prepareNote(note)).toEqual({ kind: "markdown", text: note });
  });

  it("shows a note past the budget as plain text, in the app and in the HTML export", () => {
    const note = "*_".repeat(MAX_MARKDOWN_COST);
    expect(prepareNote(note).kind).toBe("plain");
    expect(renderApp(note)).toContain(`<p class="whitespace-pre-line">${note}</p>`);
    expect(renderNoteHtml(note)).toBe(`<p>${note}</p>`);
  });
});

describe.each<[string, (text: string) => string]>([
  ["the app's NoteMarkdown", renderApp],
  ["the HTML export's renderNoteHtml", renderNoteHtml],
])("%s renders adversarial notes with bounded nesting", (_, render) => {
  it.each(Object.entries(ADVERSARIAL_NOTES))("%s", (_, note) => {
    const html = render(note);
    const { elements, quotes } = depths(html);
    expect(quotes).toBeLessThanOrEqual(MAX_NESTING);
    expect(elements).toBeLessThanOrEqual(MAX_TREE_DEPTH + 3);
  });

  it("still renders ordinary nesting", () => {
    const { quotes } = depths(render("> a\n> > b\n> > > c"));
    expect(quotes).toBe(3);
    expect(render("- *a*\n  - **b**")).toMatch(
      /<ul>\s*<li><em>a<\/em>\s*<ul>\s*<li><strong>b<\/strong><\/li>/,
    );
  });
});
