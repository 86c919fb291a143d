import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPrintParts } from "@/lib/export";
import { largeBundle } from "@/lib/export/fixtures/large-bundle";
import { PDF_RENDER_TIMEOUT_MS, pdfQueue, renderPdf } from "./render-pdf";

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "factmark-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
};

describe("renderPdf (system Chromium)", () => {
  // 10,000 annotations overrun the limit on a busy two-core machine (see the bench); 1,000 (some 150 pages) must print.
  it("prints a 1,000-annotation report within the render time limit and leaves the queue empty", async () => {
    const bundle = largeBundle(1_000, { discussion: false });
    const pdf = await renderPdf(() => renderPrintParts(bundle), { paper: "a4", title: "Ten thousand" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("[1000]");
    expect(text).toContain("Page 1 of");
    expect(pdfQueue.stats()).toEqual({ running: 0, waiting: 0 });
  }, PDF_RENDER_TIMEOUT_MS + 30_000);

  it("stops the render when the client goes away", async () => {
    const client = new AbortController();
    const bundle = largeBundle(2_000, { discussion: false });
    const rendering = renderPdf(() => (setTimeout(() => client.abort(new Error("client disconnected")), 50), renderPrintParts(bundle)), { paper: "a4", title: "Gone" }, client.signal);
    await expect(rendering).rejects.toThrow("client disconnected");
    // The next render gets the slot and a working browser.
    const pdf = await renderPdf(() => renderPrintParts(largeBundle(5, { discussion: false })), { paper: "letter", title: "Next" });
    expect(pdfText(pdf)).toContain("[5]");
  }, 120_000);
});
