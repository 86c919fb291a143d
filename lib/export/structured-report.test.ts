import { describe, expect, it } from "vitest";
import { contentFromInput } from "@/lib/article-content/article-input";
import { ALL_OPTIONS, makeAnnotation, makeBundle } from "./fixtures/bundle";
import { renderHtmlReport } from "./html-report";
import { renderMarkdownReport } from "./markdown-report";

const SOURCE = [
  "<h1>Jobs</h1>",
  '<p>Unemployment fell to <a href="https://stats.example.org/may">3 percent</a> in May.</p>',
  "<blockquote><p>We did it, said the minister.</p></blockquote>",
  "<ul><li>one <strong>claim</strong></li><li>two</li></ul>",
  '<p>A <a href="javascript:alert(1)">bad link</a> stays text.</p>',
].join("");

function structuredBundle() {
  const { body, blocks } = contentFromInput("html", SOURCE);
  const across = body.indexOf("fell to 3 percent in");
  const inside = body.indexOf("3 per");
  const annotations = [
    makeAnnotation(body, across, across + "fell to 3 percent in".length, { status: "sourced" }),
    makeAnnotation(body, inside, inside + "3 per".length, { status: "disputed" }),
  ];
  const bundle = makeBundle(annotations, { options: ALL_OPTIONS }, body);
  bundle.article.blocks = blocks;
  return bundle;
}

describe("reports of a structured article", () => {
  it("render its headings, quotes, lists and links in HTML, markers outside links", () => {
    const html = renderHtmlReport(structuredBundle());
    const text = html.slice(
      html.indexOf('<section id="article">'),
      html.indexOf("</section>", html.indexOf('<section id="article">')),
    );
    expect(text).toContain('<h3 class="article-heading">Jobs</h3>');
    expect(text).toMatch(/<blockquote><p>We did it, said the minister\.<\/p><\/blockquote>/);
    expect(text).toMatch(
      /<ul><li><p>one <strong>claim<\/strong><\/p><\/li><li><p>two<\/p><\/li><\/ul>/,
    );
    expect(text).toContain(
      '<a href="https://stats.example.org/may" target="_blank" rel="noopener noreferrer nofollow">',
    );
    // The disputed span ends inside the link: the link is closed around its footnote marker.
    const links = text.match(/<a href="https:\/\/stats[^>]*>[\s\S]*?<\/a>/g) ?? [];
    expect(links.length).toBe(2);
    for (const link of links) expect(link.slice(2)).not.toContain("<a ");
    expect(text).toContain('<sup class="fn"><a href="#annotation-2"');
    expect(text).toContain('<sup class="fn"><a href="#annotation-1"');
    expect(text).not.toContain("javascript:");
    expect(text).toContain("bad link");
  });

  it("render them in Markdown with the footnotes", () => {
    const md = renderMarkdownReport(structuredBundle());
    const text = md.slice(md.indexOf("## Article text"));
    expect(text).toContain("\n\n### Jobs\n\n");
    expect(text).toContain(
      "[3 per](https://stats.example.org/may)[^2][cent](https://stats.example.org/may)",
    );
    expect(text).toContain("in[^1] May.");
    expect(text).toContain("\n\n> We did it, said the minister.\n\n");
    expect(text).toContain("\n\n- one **claim**\n- two\n\n");
    expect(text).not.toContain("javascript:");
    expect(text).toContain("A bad link stays text.");
  });

  it("falls back to paragraphs when the stored structure no longer matches the text", () => {
    const bundle = structuredBundle();
    bundle.article.body = bundle.article.body.replace("Jobs", "Work");
    bundle.annotations = [];
    const html = renderHtmlReport(bundle);
    expect(html).not.toContain(`class="article-heading"`);
    expect(html).toContain("<p>Work</p>");
  });
});
