import "server-only";
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { mergePdfs } from "./merge-pdf";
import { createRenderQueue } from "./render-queue";

const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
/** Pages kept open between small exports; a page that printed a large report is closed with its memory. */
const IDLE_PAGES = 1;
/** Reports above this size (about 500 annotations) get pages of their own, closed afterwards. */
const LARGE_HTML_CHARS = 1_000_000;
/** Parts printed at once: one per core of the project's 2-core machines; each costs a renderer process (a few hundred MiB). */
const PARALLEL_PAGES = 2;
/** Chromium's memory creeps up over many renders; a fresh browser costs about a second. */
const RENDERS_PER_BROWSER = 100;

/** A 10,000-annotation report with its discussion prints in well under a minute (see bench): this is for overload. */
export const PDF_RENDER_TIMEOUT_MS = 180_000;

/**
 * One render at a time: a render already prints its parts on both cores, so parallel renders
 * would only make each slower and the server's memory unbounded. A few requests
 * wait their turn; beyond that, 503 with Retry-After. A render that overruns is stopped (503 TIMEOUT).
 */
export const pdfQueue = createRenderQueue({
  concurrency: 1,
  maxWaiting: 4,
  timeoutMs: PDF_RENDER_TIMEOUT_MS,
  retryAfterSeconds: 30,
});

type PdfOptions = { paper: "a4" | "letter"; title: string };

let browser: Promise<Browser> | null = null;
let renders = 0;
let recycle = false;
const idle: Page[] = [];

function chromiumPath(): string {
  const path =
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path)
    throw new Error(
      "PDF export needs Chromium: install it (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH",
    );
  return path;
}

/** One warm browser per server process: launching costs about a second, a new page a few milliseconds. */
async function warmBrowser(): Promise<Browser> {
  if (browser) {
    const current = await browser.catch(() => null);
    if (current?.isConnected()) return current;
    idle.length = 0;
  }
  const { chromium } = await import("playwright-core");
  browser = chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS });
  renders = 0;
  return browser;
}

/** Closes the browser when asked to and nothing renders, so the memory of large renders goes back to the system. */
async function recycleIfDue(): Promise<void> {
  if (!recycle || !browser || pdfQueue.stats().running > 1) return;
  const closing = browser;
  browser = null;
  recycle = false;
  idle.length = 0;
  await (await closing.catch(() => null))?.close().catch(() => undefined);
}

/**
 * A page with scripts off and every network request refused. Opening a context and a page costs
 * about a tenth of a second, so pages of small reports are kept for the next export: a report has
 * no scripts, so nothing of one can linger into the next (setContent replaces the whole document).
 */
async function acquirePage(): Promise<Page> {
  const instance = await warmBrowser();
  for (let page = idle.pop(); page; page = idle.pop()) if (!page.isClosed()) return page;
  const context = await instance.newContext({ javaScriptEnabled: false });
  await context.route("**/*", (route) => route.abort());
  return context.newPage();
}

async function releasePage(page: Page, reusable: boolean): Promise<void> {
  if (reusable && idle.length < IDLE_PAGES && !page.isClosed()) {
    idle.push(page);
    return;
  }
  await page
    .context()
    .close()
    .catch(() => undefined);
}

/** A CSS string of any text: everything but letters, digits and spaces as a hex escape, so nothing can end the string or the <style>. */
function cssString(text: string): string {
  let out = "";
  for (const char of text)
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  return `"${out}"`;
}

/**
 * The title in every page's top margin, as a CSS page-margin box: Chromium's header template is
 * a document of its own per page and cost 40% of the print time. The page numbers go on after
 * merging (merge-pdf.ts), when the whole count is known.
 */
function withPageHeader(html: string, title: string): string {
  const style = `<style>@page { @top-left { content: ${cssString(title)}; font: 8px sans-serif; color: #57534e; vertical-align: middle; } }</style>`;
  const at = html.indexOf("</head>");
  return at < 0 ? style + html : html.slice(0, at) + style + html.slice(at);
}

async function printPart(
  page: Page,
  html: string,
  options: PdfOptions,
  signal: AbortSignal,
): Promise<Buffer> {
  signal.throwIfAborted();
  // The report is self-contained and every request is refused: the DOM is all there is to wait for.
  await page.setContent(withPageHeader(html, options.title), {
    waitUntil: "domcontentloaded",
    timeout: 0,
  });
  signal.throwIfAborted();
  // The report's own @page rule sets the size and margins, as it does when a reader prints the HTML.
  const pdf = await page.pdf({
    format: options.paper === "letter" ? "Letter" : "A4",
    printBackground: true,
  });
  signal.throwIfAborted();
  return pdf;
}

/**
 * Prints the parts on up to PARALLEL_PAGES pages at once (each its own renderer process, so each
 * its own core) and merges them. The first failure stops the rest.
 */
async function print(
  documents: readonly string[],
  options: PdfOptions,
  signal: AbortSignal,
): Promise<Buffer> {
  signal.throwIfAborted();
  const large = documents.reduce((sum, html) => sum + html.length, 0) > LARGE_HTML_CHARS;
  const failed = new AbortController();
  const stopping = AbortSignal.any([signal, failed.signal]);
  const pdfs: Buffer[] = new Array(documents.length);
  let next = 0;
  let printed = false;
  const worker = async () => {
    const page = await acquirePage();
    // Closing the context is what stops setContent or pdf midway: neither takes a signal.
    const stop = () =>
      void page
        .context()
        .close()
        .catch(() => undefined);
    stopping.addEventListener("abort", stop, { once: true });
    let ok = false;
    try {
      for (let i = next++; i < documents.length; i = next++)
        pdfs[i] = await printPart(page, documents[i]!, options, stopping);
      ok = true;
    } catch (error) {
      failed.abort(error);
      throw error;
    } finally {
      stopping.removeEventListener("abort", stop);
      await releasePage(page, ok && !large);
    }
  };
  try {
    const workers = Array.from({ length: Math.min(PARALLEL_PAGES, documents.length) }, worker);
    await Promise.all(workers);
    const merged = Buffer.from(await mergePdfs(pdfs, signal));
    printed = true;
    return merged;
  } finally {
    renders++;
    if (large || !printed || renders >= RENDERS_PER_BROWSER) recycle = true;
    await recycleIfDue();
  }
}

/**
 * Prints a self-contained HTML report, in one or more parts (lib/export/print-parts.ts), to one
 * PDF in Chromium, with the article title in the page header and page numbers in the footer. The
 * page loads nothing from the network: the report has no external resources, and every request is
 * refused to make sure. `documents` is called once the render's turn has come (building a large
 * report is itself seconds of work); `signal` (the request's) stops waiting or rendering when the
 * client goes away.
 */
export function renderPdf(
  documents: () => readonly string[],
  options: PdfOptions,
  signal?: AbortSignal,
): Promise<Buffer> {
  return pdfQueue.run((renderSignal) => print(documents(), options, renderSignal), signal);
}
