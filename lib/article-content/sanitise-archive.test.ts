import { describe, expect, it } from "vitest";
import { sanitiseArchivedHtml } from "./sanitise-archive";

const PAGE_URL = "https://news.example.com/2024/story";
const HOSTILE = `<!doctype html><html><head><title>T</title><meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/"><link rel="stylesheet" href="https://cdn.example/x.css"><script src="https://evil.example/a.js"></script>
<style>body{background:url(https://track.example/p.gif)}</style></head>
<body onload="steal()"><h1 style="color:red">Headline</h1>
<p class="lede" onclick="steal()">Lede with <a href="/related" onmouseover="steal()" target="_blank">a relative link</a>,
<a href="javascript:steal()">a script link</a> and <a href="mailto:desk@example.com">mail</a>.</p>
<img src="https://track.example/pixel.gif" srcset="https://track.example/2x.gif 2x" onerror="steal()" alt="pixel">
<picture><source srcset="https://track.example/p.webp"></picture><video src="https://cdn.example/v.mp4"></video>
<iframe src="https://evil.example/frame" srcdoc="<script>steal()</script>"></iframe><object data="x.swf"></object><embed src="x.swf">
<svg><script>steal()</script><image href="https://track.example/s.png"/></svg><math><mi>x</mi></math>
<form action="https://evil.example/post"><input name="q" value="typed"><button>Go</button></form>
<table><tr><th scope="col">Year</th><td colspan="2" style="width:9px">2024</td></tr></table>
<figure><figcaption>A caption</figcaption></figure><noscript><img src="https://track.example/ns.gif"></noscript>
<template><p>hidden</p></template></body></html>`;

describe("sanitiseArchivedHtml", () => {
  const archived = sanitiseArchivedHtml(HOSTILE, PAGE_URL);

  it.each([
    "<script",
    "steal",
    "onload",
    "onclick",
    "onerror",
    "style",
    "<img",
    "srcset",
    "src=",
    "<iframe",
    "srcdoc",
    "<object",
    "<embed",
    "<svg",
    "<form",
    "<input",
    "<button",
    "<meta",
    "<base",
    "<link",
    "javascript:",
    "track.example",
    "evil.example",
    "cdn.example",
    "target=",
    "class=",
    "hidden",
  ])("removes %s", (bad) => {
    expect(archived).not.toContain(bad);
  });

  it("keeps the page's text and structure, with links made absolute against the page", () => {
    expect(archived).toContain("<h1>Headline</h1>");
    expect(archived).toContain('<a href="https://news.example.com/related">a relative link</a>');
    expect(archived).toContain('<a href="mailto:desk@example.com">mail</a>');
    expect(archived).toContain("<a>a script link</a>");
    expect(archived).toContain('<th scope="col">Year</th><td colspan="2">2024</td>');
    expect(archived).toContain("<figcaption>A caption</figcaption>");
  });
});
