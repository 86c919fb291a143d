import "server-only";
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { createRenderQueue } from "./render-queue";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
/** Pages kept open between small exports; a page that printed a large report is closed with its memory. */
const IDLE_PAGES = 1;
/** Reports above this size (about 500 annotations) get a page of their own, closed afterwards. */
const LARGE_HTML_CHARS = 1_000_000;
/** Chromium's memory creeps up over many renders; a fresh browser costs about a second. */
const RENDERS_PER_BROWSER = 100;

/** Chromium needs about 10 s of CPU per 1,000 annotations with their discussion (see bench). */
export const PDF_RENDER_TIMEOUT_MS = 180_000;

/**
 * One render at a time: a 10,000-annotation report takes Chromium about a core and a gigabyte,
 * so parallel renders only make each slower and the server's memory unbounded. A few requests
 * wait their turn; beyond that, 503 with Retry-After. A render that overruns is stopped (503 TIMEOUT).
 */
export const pdfQueue = createRenderQueue({ concurrency: 1, maxWaiting: 4, timeoutMs: PDF_RENDER_TIMEOUT_MS, retryAfterSeconds: 30 });

type PdfOptions = { paper: "a4" | "letter"; title: string };

let browser: Promise<Browser> | null = null;
let renders = 0;
let recycle = false;
const idle: Page[] = [];

function chromiumPath(): string {
  const path = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path) throw new Error("PDF export needs Chromium: install it (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH");
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
  await page.context().close().catch(() => undefined);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function print(html: string, options: PdfOptions, signal: AbortSignal): Promise<Buffer> {
  signal.throwIfAborted();
  const page = await acquirePage();
  const large = html.length > LARGE_HTML_CHARS;
  // Closing the context is what stops setContent or pdf midway: neither takes a signal.
  const stop = () => void page.context().close().catch(() => undefined);
  signal.addEventListener("abort", stop, { once: true });
  let printed = false;
  try {
    // The report is self-contained and every request is refused: the DOM is all there is to wait for.
    await page.setContent(html, { waitUntil: "domcontentloaded", timeout: 0 });
    signal.throwIfAborted();
    const pdf = await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "22mm", bottom: "18mm", left: "16mm", right: "16mm" },
      headerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;color:#57534e;font-family:sans-serif;">${escapeHtml(options.title)}</div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#57534e;font-family:sans-serif;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
    });
    signal.throwIfAborted();
    printed = true;
    return pdf;
  } finally {
    signal.removeEventListener("abort", stop);
    await releasePage(page, printed && !large);
    renders++;
    if (large || !printed || renders >= RENDERS_PER_BROWSER) recycle = true;
    await recycleIfDue();
  }
}

/**
 * Prints a self-contained HTML report to PDF in Chromium, with the article title in the page
 * header and page numbers in the footer. The page loads nothing from the network: the report has
 * no external resources, and every request is refused to make sure. `html` is called once the
 * render's turn has come (building a large report is itself seconds of work); `signal` (the
 * request's) stops waiting or rendering when the client goes away.
 */
export function renderPdf(html: () => string, options: PdfOptions, signal?: AbortSignal): Promise<Buffer> {
  return pdfQueue.run((renderSignal) => print(html(), options, renderSignal), signal);
}
