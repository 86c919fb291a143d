import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { readerHtml } from "./reader-html";
import { readingLayout } from "./reading-layout";

/** The HTML as a browser's parser would build it, inside the article body element. */
function parse(html: string) {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="body">${html}</div></body></html>`,
  );
  return document.getElementById("body")!;
}

const layoutOf = (blocks: Block[]) => {
  const body = toCanonicalText(blocks).text;
  return { body, layout: readingLayout(body, blocks) };
};

const HOSTILE = [
  "<script>alert('SCRIPT')</script>",
  '"><img src=x onerror="alert(1)">',
  "'><svg onload=alert(2)>",
  "</p></div><iframe srcdoc='<script>alert(3)</script>'>",
  "&lt;script&gt; stays as typed &amp;",
  "<!-- a comment --> and ]]> and <![CDATA[x]]>",
  "a\rcarriage return",
];

/** Elements or attributes that could run or load something. */
function dangerous(root: Element): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll("*"))) {
    if (
      ![
        "P",
        "SPAN",
        "EM",
        "STRONG",
        "A",
        "H2",
        "H3",
        "H4",
        "BLOCKQUOTE",
        "UL",
        "OL",
        "LI",
        "DIV",
      ].includes(element.tagName)
    )
      found.push(element.tagName);
    for (const { name, value } of Array.from(element.attributes)) {
      if (!["class", "style", "data-paragraph", "href", "target", "rel"].includes(name))
        found.push(`${element.tagName}@${name}`);
      if (name === "href" && !/^(https?:\/\/|mailto:)/.test(value)) found.push(`href ${value}`);
      if (name === "style" && !/^contain-intrinsic-size:auto \d+px$/.test(value))
        found.push(`style ${value}`);
    }
  }
  return found;
}

/**
 * Each run's text, in order, as the highlight painter reads it: text only, no element inside. (A
 * browser makes it one text node; linkedom splits text at character references, so this checks
 * for text nodes only, and e2e/reading.spec.ts for one node in a real page.)
 */
const runTexts = (root: Element) =>
  Array.from(root.querySelectorAll("[data-paragraph]"), (el) =>
    Array.from(el.childNodes).every((n) => n.nodeType === 3)
      ? el.textContent
      : `not text only: ${el.innerHTML}`,
  );

describe("readerHtml", () => {
  it.each(HOSTILE)("keeps hostile text as text in a plain article: %s", (text) => {
    const body = `First paragraph.\n\n${text}\n\nLast ${text}`;
    const layout = readingLayout(body, null);
    const root = parse(readerHtml(layout));
    expect(dangerous(root)).toEqual([]);
    expect(runTexts(root)).toEqual(layout.runs.map((r) => r.text));
  });

  it.each(HOSTILE)(
    "keeps hostile text as text in headings, quotes, lists and link text: %s",
    (text) => {
      const { layout } = layoutOf([
        { type: "heading", level: 2, inlines: [{ text }] },
        {
          type: "paragraph",
          inlines: [
            { text: "See " },
            { text, href: "https://a.example/", strong: true, em: true },
            { text: ` and ${text}`, em: true },
          ],
        },
        { type: "quote", blocks: [{ type: "paragraph", inlines: [{ text }] }] },
        {
          type: "list",
          ordered: true,
          items: [[{ type: "paragraph", inlines: [{ text, strong: true }] }]],
        },
      ]);
      const root = parse(readerHtml(layout));
      expect(dangerous(root)).toEqual([]);
      expect(runTexts(root)).toEqual(layout.runs.map((r) => r.text));
    },
  );

  it.each([
    "javascript:alert(1)",
    " jAvAsCrIpT:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    '"><script>alert(1)</script>',
    "/relative/path",
  ])("drops a link that is not http(s) or mailto, keeping its text: %s", (href) => {
    // As if a stored structure had been tampered with: the reader checks links again.
    const { layout } = layoutOf([
      {
        type: "paragraph",
        inlines: [{ text: "before " }, { text: "click", href }, { text: " after" }],
      },
    ]);
    const html = readerHtml(layout);
    const root = parse(html);
    expect(root.querySelectorAll("a")).toHaveLength(0);
    expect(dangerous(root)).toEqual([]);
    expect(html).not.toMatch(/javascript|vbscript|data:|<script/i);
    expect(root.textContent).toBe("before click after");
  });

  it("escapes what a safe link's address holds and opens it without the opener or a referrer", () => {
    const href = "https://a.example/?q=\"><img onerror=alert(1)>&x='y'";
    const { layout } = layoutOf([{ type: "paragraph", inlines: [{ text: "link", href }] }]);
    const root = parse(readerHtml(layout));
    const link = root.querySelector("a")!;
    expect(dangerous(root)).toEqual([]);
    expect(link.getAttribute("href")).toBe(new URL(href).href);
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("data-paragraph")).toBe("0");
  });

  it("puts the text in one text node per run, in body order, and joins the runs back into the body", () => {
    const body = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i} ${"word ".repeat(60 + i).trim()}.\nA second line.`,
    ).join("\n\n");
    const layout = readingLayout(body, null);
    const root = parse(readerHtml(layout));
    const elements = Array.from(root.querySelectorAll<HTMLElement>("[data-paragraph]"));
    expect(elements.map((el) => Number(el.dataset.paragraph))).toEqual(
      layout.runs.map((_, i) => i),
    );
    expect(runTexts(root)).toEqual(layout.runs.map((r) => r.text));
  });

  it("groups a long text in chunks the browser may skip laying out, each with an estimated height", () => {
    const body = Array.from({ length: 300 }, (_, i) =>
      `Paragraph ${i}: ${"lorem ipsum ".repeat(20)}`.trim(),
    ).join("\n\n");
    const root = parse(readerHtml(readingLayout(body, null)));
    const chunks = Array.from(root.children);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.tagName).toBe("DIV");
      expect(chunk.getAttribute("class")).toBe("[content-visibility:auto]");
      expect(Number(/auto (\d+)px/.exec(chunk.getAttribute("style") ?? "")?.[1])).toBeGreaterThan(
        100,
      );
    }
    expect(root.querySelectorAll("[data-paragraph]")).toHaveLength(300);
  });

  it("renders a short article as one chunk", () => {
    const root = parse(readerHtml(readingLayout("One.\n\nTwo.", null)));
    expect(root.children).toHaveLength(1);
    expect(runTexts(root)).toEqual(["One.", "Two."]);
  });
});
