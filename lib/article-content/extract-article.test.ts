import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { articleBlocksSchema } from "@/lib/validation/article-content";
import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { extractArticle } from "./extract-article";
import { MAX_HTML_CHARS } from "./limits";

const fixture = (name: string) => readFileSync(`lib/article-content/fixtures/${name}`, "utf8");
const NEWS_URL = "https://courier.example.com/news/2024/river-plan";

function allLinks(blocks: Block[]) {
  return toCanonicalText(blocks).spans.flatMap((span) =>
    span.block.inlines.filter((inline) => inline.href),
  );
}

function paragraphsAround(body: string) {
  return `<p>${body} This sentence pads the paragraph so that Readability sees enough prose to trust it as the article's main text.</p>`;
}

describe("extractArticle on a saved news page", () => {
  const article = extractArticle(fixture("news-page.html"), NEWS_URL);
  const { text } = toCanonicalText(article.blocks);

  it("reads the metadata, JSON-LD first (invalid JSON-LD blocks ignored, @graph searched)", () => {
    expect(article).toMatchObject({
      title: "Council approves river flood plan",
      byline: "Ana Reyes, Tom Wills",
      siteName: "The Riverside Courier",
      publishedTime: "2024-05-01T09:30:00Z",
      excerpt: "The city council voted 7-2 for the flood plan.",
    });
  });

  it("keeps the article's paragraphs, heading, quote and links", () => {
    expect(text).toContain("The city council voted seven to two on Tuesday night");
    expect(text).toContain("likely to prove contentious.");
    expect(article.blocks).toContainEqual({
      type: "heading",
      level: 3,
      inlines: [{ text: "Residents divided" }],
    });
    expect(
      article.blocks.some(
        (block) =>
          block.type === "quote" &&
          toCanonicalText(block.blocks).text.startsWith("We have waited far too long"),
      ),
    ).toBe(true);
    expect(allLinks(article.blocks)).toEqual([
      { text: "council website", href: "https://courier.example.com/documents/flood-plan.pdf" },
      { text: "Environment Agency", href: "https://environment.example.org/review" },
    ]);
  });

  it.each([
    "Politics",
    "NAVIGATION BANNER",
    "ADVERT",
    "SPONSORED",
    "Most read",
    "FOOTER TEXT",
    "Privacy",
    "TRACKING SCRIPT",
    ".ad {",
  ])("leaves out %s", (piece) => {
    expect(text).not.toContain(piece);
  });

  it("gives blocks the schema accepts", () => {
    expect(articleBlocksSchema.safeParse(article.blocks).success).toBe(true);
  });
});

describe("extractArticle metadata fallbacks", () => {
  const body = Array.from({ length: 5 }, (_, i) =>
    paragraphsAround(`Paragraph ${i} of the story.`),
  ).join("");

  it("reads Open Graph and meta tags when there is no JSON-LD", () => {
    const html = `<html><head><title>T | Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
      <meta property="article:published_time" content="2023-02-03"><meta name="author" content="Meta Person"></head><body><article>${body}</article></body></html>`;
    expect(extractArticle(html, "https://a.example/x")).toMatchObject({
      title: "OG title",
      siteName: "OG Site",
      publishedTime: "2023-02-03",
      byline: "Meta Person",
    });
  });

  it("reads a JSON-LD array with an Article whose author is a plain name", () => {
    const ld = JSON.stringify([
      { "@type": "Organization", name: "Org" },
      {
        "@type": ["Article"],
        headline: "LD headline",
        author: "Solo Writer",
        datePublished: "2022-01-01",
        publisher: { name: "LD Pub" },
      },
    ]);
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${body}</article></body></html>`;
    expect(extractArticle(html, "https://a.example/x")).toMatchObject({
      title: "LD headline",
      byline: "Solo Writer",
      siteName: "LD Pub",
      publishedTime: "2022-01-01",
    });
  });

  it("resolves links against a web <base href>, and ignores a javascript: one", () => {
    const withLink = `${body}<p>See <a href="doc.html">the document</a> for the details of the plan that was discussed above.</p>`;
    const good = extractArticle(
      `<html><head><base href="https://cdn.example/files/"></head><body><article>${withLink}</article></body></html>`,
      "https://a.example/x",
    );
    expect(allLinks(good.blocks)).toEqual([
      { text: "the document", href: "https://cdn.example/files/doc.html" },
    ]);
    const bad = extractArticle(
      `<html><head><base href="javascript:alert(1)//"></head><body><article>${withLink}</article></body></html>`,
      "https://a.example/dir/x",
    );
    expect(allLinks(bad.blocks)).toEqual([
      { text: "the document", href: "https://a.example/dir/doc.html" },
    ]);
  });
});

describe("extractArticle on the saved Wikipedia page", () => {
  const article = extractArticle(
    fixture("wikipedia-regression-testing.html"),
    "https://en.wikipedia.org/wiki/Regression_testing",
  );
  const { text } = toCanonicalText(article.blocks);

  it("keeps the lead, the section headings and the links", () => {
    expect(article.title).toContain("Regression testing");
    expect(text.startsWith("Regression testing is a type of software testing")).toBe(true);
    const headings = article.blocks
      .filter((block) => block.type === "heading")
      .map((block) => toCanonicalText([block]).text);
    expect(headings).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Background"),
        expect.stringContaining("Techniques"),
        expect.stringContaining("Retest all"),
      ]),
    );
    const links = allLinks(article.blocks);
    expect(links.length).toBeGreaterThan(20);
    expect(links).toContainEqual(
      expect.objectContaining({ href: "https://en.wikipedia.org/wiki/Software_testing" }),
    );
    for (const link of links) expect(link.href).toMatch(/^(https?:|mailto:)/);
  });

  it("gives blocks the schema accepts", () => {
    expect(articleBlocksSchema.safeParse(article.blocks).success).toBe(true);
  });
});

describe("extractArticle limits and refusals", () => {
  it.each([
    ["an empty page", "<html><body></body></html>"],
    [
      "only navigation and scripts",
      "<html><body><nav><a href='/'>Home</a></nav><script>var a = 'lots of text here, more than a sentence of it';</script></body></html>",
    ],
    ["only an image", "<html><body><article><img src='a.png'></article></body></html>"],
  ])("refuses %s with a typed 422 error", (_, html) => {
    expect(() => extractArticle(html, "https://a.example/")).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        details: { reason: "no_readable_text" },
      }) as AppError,
    );
  });

  it("refuses a page over the size cap before parsing it", () => {
    expect(() => extractArticle(" ".repeat(MAX_HTML_CHARS + 1), "https://a.example/")).toThrow(
      expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }) as AppError,
    );
  });

  it.each([
    ["div", "<div>", "</div>"],
    ["blockquote", "<blockquote>", "</blockquote>"],
  ])("does not throw on 10,000 nested %s", (_, open, close) => {
    const html = `<html><body>${open.repeat(10_000)}${paragraphsAround("Deep inside.").repeat(5)}${close.repeat(10_000)}</body></html>`;
    let result: ReturnType<typeof extractArticle> | Error;
    try {
      result = extractArticle(html, "https://a.example/");
    } catch (error) {
      result = error as Error;
    }
    // Either the text or the typed refusal: never a stack overflow.
    if (result instanceof Error) expect(result).toMatchObject({ code: "VALIDATION" });
    else expect(toCanonicalText(result.blocks).text).toContain("Deep inside.");
  });

  it("converts a 1 MB page", () => {
    const paragraphs = Array.from(
      { length: 3500 },
      (_, i) =>
        `<div class="story-body__block" data-component="text-block"><p class="story-paragraph" data-paragraph-id="p-${i}"><span class="t">Paragraph ${i}:</span> <a href="/p/${i}" class="link" data-track="inline">a link</a> and <em>some emphasis</em> in a sentence long enough to look like prose.</p></div>`,
    );
    const html = `<html><head><title>Big</title></head><body><nav>menu</nav><article><h1>Big</h1>${paragraphs.join("\n")}</article></body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const article = extractArticle(html, "https://a.example/big");
    const elapsed = performance.now() - started;
    console.info(
      `extractArticle: ${(html.length / 1e6).toFixed(2)} MB page in ${elapsed.toFixed(0)} ms`,
    );
    expect(toCanonicalText(article.blocks).spans.length).toBeGreaterThanOrEqual(3500);
  });
});
