import "server-only";
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
/** Pages kept open between exports; more exports at once each get a page of their own, closed afterwards. */
const IDLE_PAGES = 2;

type PdfOptions = { paper: "a4" | "letter"; title: string };

let browser: Promise<Browser> | null = null;
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
  return browser;
}

/**
 * A page with scripts off and every network request refused. Opening a context and a page costs
 * about a tenth of a second, so finished pages are kept for the next export: a report has no
 * scripts, so nothing of one can linger into the next (setContent replaces the whole document).
 */
async function acquirePage(): Promise<Page> {
  const instance = await warmBrowser();
  for (let page = idle.pop(); page; page = idle.pop()) if (!page.isClosed()) return page;
  const context = await instance.newContext({ javaScriptEnabled: false });
  await context.route("**/*", (route) => route.abort());
  return context.newPage();
}

async function releasePage(page: Page, healthy: boolean): Promise<void> {
  if (healthy && idle.length < IDLE_PAGES && !page.isClosed()) {
    idle.push(page);
    return;
  }
  await page.context().close().catch(() => undefined);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Prints a self-contained HTML report to PDF in Chromium, with the article title in the page
 * header and page numbers in the footer. The page loads nothing from the network: the report has
 * no external resources, and every request is refused to make sure.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const page = await acquirePage();
  let healthy = false;
  try {
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "22mm", bottom: "18mm", left: "16mm", right: "16mm" },
      headerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;color:#57534e;font-family:sans-serif;">${escapeHtml(options.title)}</div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#57534e;font-family:sans-serif;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
    });
    healthy = true;
    return pdf;
  } finally {
    await releasePage(page, healthy);
  }
}
