// Large news pages as outlets serve them: an article (the demo story's paragraphs, repeated, with
// links, emphasis, subheadings and quotes) inside navigation, advertising, inline styles and
// script bundles, a related-stories rail and a comment thread, to about `bytes` of HTML.
import { readSeedArticle } from "@/lib/demo/read-seed-article";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function articleHtml(paragraphs: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = escape(paragraphs[i % paragraphs.length]!);
    const html =
      i % 9 === 4
        ? `<h2>Section ${i}</h2>`
        : i % 7 === 3
          ? `<blockquote><p>${paragraph}</p></blockquote>`
          : `<p>${paragraph.replace(/(\w+) (\w+) (\w+)/, `<a href="/story/${i}">$1 $2</a> <em>$3</em>`)}</p>`;
    const ad =
      i % 11 === 10
        ? `<div class="ad sponsored" id="ad-${i}"><span>SPONSORED</span><img src="/ads/${i}.png" alt=""></div>`
        : "";
    parts.push(html, ad);
    size += html.length + ad.length;
  }
  return parts.join("\n");
}

const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join("\n");

/** The page's furniture, in about `bytes`: styles, a script bundle and its data, navigation, a rail and comments. */
function furniture(bytes: number) {
  const nav = `<nav><ul>${repeat(300, (i) => `<li><a href="/section/${i}">Section ${i}</a></li>`)}</ul></nav><header class="site-header"><p>The Bench Courier</p></header>`;
  const rail = `<aside class="sidebar"><h3>Related</h3><ul>${repeat(200, (i) => `<li><a href="/related/${i}">Related story number ${i} about the elections</a></li>`)}</ul></aside>`;
  const comments = `<section class="comments">${repeat(500, (i) => `<div class="comment"><div class="meta"><span>Reader ${i}</span></div><div class="body"><p>Comment ${i}: I read the report and I think the assessment is wrong about this.</p></div></div>`)}</section>`;
  const markup = nav.length + rail.length + comments.length;
  const rest = Math.max(0, bytes - markup);
  const style = `<style>${".ad{color:red}.nav li{display:inline}".repeat(Math.floor((rest * 0.15) / 37))}</style>`;
  const data = `<script type="application/json" id="__DATA__">${JSON.stringify({ items: repeat(Math.floor((rest * 0.35) / 60), (i) => `{"id":${i},"kind":"teaser","title":"Story ${i}"}`) })}</script>`;
  const bundle = `<script>window.bundle = function () { return "${"x".repeat(Math.floor(rest * 0.5))}"; };</script>`;
  return { head: style + data, top: nav, bottom: rail + comments + bundle };
}

/**
 * A page of about `bytes` of HTML, `articleBytes` of them the article's own markup (its text
 * stays under the 500,000-character limit of an article body).
 */
export function largeNewsPage(bytes: number, articleBytes: number): string {
  const paragraphs = readSeedArticle()
    .body.split("\n\n")
    .filter((p) => p.length > 80);
  const parts = furniture(bytes - articleBytes);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intelligence report | The Bench Courier</title>
<meta property="og:title" content="Intelligence report on foreign threats"><meta property="og:site_name" content="The Bench Courier">
<meta property="article:published_time" content="2026-12-01T08:00:00Z"><meta name="author" content="Bench Reporter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Intelligence report on foreign threats","datePublished":"2026-12-01T08:00:00Z"}</script>
${parts.head}</head><body>`;
  const article = `<main><article><h1>Intelligence report on foreign threats</h1><p class="byline">By Bench Reporter</p>${articleHtml(paragraphs, articleBytes)}</article></main>`;
  return `${head}${parts.top}${article}${parts.bottom}<footer class="site-footer"><p>Copyright 2026 The Bench Courier.</p></footer></body></html>`;
}
