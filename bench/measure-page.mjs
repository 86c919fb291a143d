// Page measurements: loads an article page with bench/page-probe.js injected and reads what it
// recorded. "ours" is the app as shipped; "naive" is the same page with the app's highlights
// swallowed and bench/naive-highlighter.js drawing the same spans at the moment the app would.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const probeSource = readFileSync(join(here, "page-probe.js"), "utf8");
const naiveSource = readFileSync(join(here, "naive-highlighter.js"), "utf8");
export const STATUS_NAMES = ["fm-sourced", "fm-disputed", "fm-unverified"];

/**
 * Opens `/articles/<id>` in a new page of `context` and waits until the highlights are painted.
 * `placed` is what the API lists for the article (annotations with an anchor); the page must
 * paint exactly these. Returns the open page (for typing) and the figures.
 */
export async function loadArticlePage(context, articleId, { mode, placed, paragraphs }) {
  const config = { mode, expected: placed.length, statusNames: STATUS_NAMES };
  if (mode === "naive") {
    config.paragraphs = paragraphs;
    config.spans = placed.map((a) => [a.anchor.start, a.anchor.end, a.status]);
  }
  const page = await context.newPage();
  await page.addInitScript({
    content: `window.__benchConfig = ${JSON.stringify(config)};\n${mode === "naive" ? naiveSource : ""}\n${probeSource}`,
  });
  await page.goto(`/articles/${articleId}`, { waitUntil: "commit" });
  try {
    await page.waitForFunction(
      () => window.__bench && (window.__bench.paintedAt !== null || window.__bench.error !== null),
      null,
      { timeout: 60_000, polling: 50 },
    );
  } catch (error) {
    const seen = await page.evaluate(() => window.__bench ?? null).catch(() => null);
    await page.close();
    throw new Error(
      `${mode} page of ${articleId}: highlights never reached ${placed.length} (probe state ${JSON.stringify(seen)?.slice(0, 400)}): ${error.message}`,
    );
  }
  const figures = await page.evaluate(readFigures);
  if (figures.error) {
    await page.close();
    throw new Error(`${mode} page of ${articleId}: ${figures.error}`);
  }
  // A plain article's text is a <p> and its text node per paragraph, grouped in chunk <div>s (lib/article-content/reader-html.ts).
  return {
    page,
    figures: {
      ...figures,
      nodesAdded: figures.bodyNodes - 2 * figures.paragraphs - figures.chunks,
    },
  };
}

/** Until React has hydrated the page (its props are on the article body): interactions before that are not the app's. */
export async function waitForHydration(page, timeout = 120_000) {
  await page.waitForFunction(
    () => {
      const body = document.querySelector('[data-testid="article-body"]');
      return body !== null && Object.keys(body).some((key) => key.startsWith("__reactProps"));
    },
    null,
    { timeout, polling: 50 },
  );
}

/** Runs in the page: what the probe recorded, navigation timing and node counts. */
function readFigures() {
  const state = window.__bench;
  const nav = performance.getEntriesByType("navigation")[0];
  const count = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n += 1;
    return n;
  };
  const body = document.querySelector('[data-testid="article-body"]');
  const loadTasks = state.longTasks.filter((t) => t.start < state.paintedAt);
  return {
    error: state.error,
    warning: state.warning,
    detectedBy: state.detectedBy,
    paintedAt: state.paintedAt,
    setAt: state.setAt,
    // Drawing alone, ours: from the page's first Range (the app starts building its ranges) to painted.
    oursDrawMs:
      state.naive === null && state.firstRangeAt !== null && state.firstRangeAt <= state.setAt
        ? state.paintedAt - state.firstRangeAt
        : null,
    rangesBeforeSet: state.rangesBeforeSet,
    naive: state.naive,
    naiveDrawMs: state.naive ? state.naive.painted - state.naive.began : null,
    ttfb: nav ? nav.responseStart : null,
    htmlDone: nav ? nav.responseEnd : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    htmlBytes: nav ? nav.encodedBodySize : null,
    htmlDecodedBytes: nav ? nav.decodedBodySize : null,
    loadLongestTask: loadTasks.reduce((max, t) => Math.max(max, t.duration), 0),
    loadLongTasks: loadTasks.length,
    loadBlockingMs: loadTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    bodyNodes: body ? count(body) : NaN,
    paragraphs: body ? body.querySelectorAll("[data-paragraph]").length : NaN,
    chunks: body ? body.children.length : NaN,
    documentNodes: count(document),
    paintedCount: body?.dataset.paintedCount ?? null,
  };
}

/** Paragraph [start, end] offsets of a canonical body, as lib/text/paragraphs splits it. */
export function paragraphOffsets(body) {
  const out = [];
  let start = 0;
  for (const match of body.matchAll(/\n{2,}/g)) {
    if (match.index > start) out.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < body.length) out.push([start, body.length]);
  return out;
}

async function getJson(request, path) {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  return response.json();
}

/** What loadArticlePage needs for an article, read through the API: its body, annotations (placed ones apart) and the options per mode. */
export async function articlePageInputs(context, id) {
  const { article: detail } = await getJson(context.request, `/api/articles/${id}`);
  const { annotations } = await getJson(context.request, `/api/articles/${id}/annotations`);
  const placed = annotations.filter((a) => a.anchor !== null);
  const paragraphs = paragraphOffsets(detail.body);
  return { detail, annotations, placed, options: (mode) => ({ mode, placed, paragraphs }) };
}
