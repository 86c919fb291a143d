// Extracting large pages (issue 9): extractArticle on 1 MB news pages, timed in this process, beside
// the naive baseline of the same steps with Readability scoring the whole page. The first call is
// reported on its own (nothing in the process is warm yet); then the median of RUNS. Prints one
// JSON line for bench/run.mjs.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { toCanonicalText } from "@/lib/article-content/canonical-text";
import { extractArticle } from "@/lib/article-content/extract-article";
import { flattenDeepNesting } from "@/lib/article-content/flatten-deep-nesting";
import { fromHtml } from "@/lib/article-content/from-html";
import { readPageMetadata } from "@/lib/article-content/page-metadata";
import { largeNewsPage } from "./large-page";

const RUNS = 7;
const PAGE_URL = "https://courier.example.com/news/2026/intelligence-report";
const MIB = 1_048_576;
const PAGES = [
  { name: "1 MB news page, 100 KB of it the article", html: largeNewsPage(MIB, 100_000) },
  {
    name: "1 MB page that is mostly one long article (450 KB of its markup)",
    html: largeNewsPage(MIB, 450_000),
  },
];

/** What extractArticle did before it read the article element alone: Readability over the whole page. */
function wholePage(html: string): number {
  const { document } = parseHTML(html);
  readPageMetadata(document);
  flattenDeepNesting(document.documentElement);
  const result = new Readability(document as unknown as Document).parse();
  return toCanonicalText(result?.content ? fromHtml(result.content, { baseUrl: PAGE_URL }) : [])
    .text.length;
}

const ours = (html: string) => toCanonicalText(extractArticle(html, PAGE_URL).blocks).text.length;

function timed(run: () => number): { ms: number; cpuMs: number; chars: number } {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const chars = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - began, cpuMs: (used.user + used.system) / 1000, chars };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

const first = { ours: timed(() => ours(PAGES[0]!.html)) };
const pages = PAGES.map(({ name, html }) => {
  const sides = { ours: [] as ReturnType<typeof timed>[], naive: [] as ReturnType<typeof timed>[] };
  // Alternating, so load from other work on the machine falls on both sides alike.
  for (let i = 0; i < RUNS; i += 1) {
    sides.ours.push(timed(() => ours(html)));
    sides.naive.push(timed(() => wholePage(html)));
  }
  const summary = (runs: ReturnType<typeof timed>[]) => ({
    medianMs: median(runs.map((r) => r.ms)),
    medianCpuMs: median(runs.map((r) => r.cpuMs)),
    runsMs: runs.map((r) => r.ms),
    chars: runs[0]!.chars,
  });
  return {
    name,
    bytes: Buffer.byteLength(html),
    ours: summary(sides.ours),
    naive: summary(sides.naive),
  };
});
console.log(JSON.stringify({ first: { name: PAGES[0]!.name, ...first.ours }, pages }));
