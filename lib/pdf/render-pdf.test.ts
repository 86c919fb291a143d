import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderPrintParts } from "@/lib/export";
import { largeBundle } from "@/lib/export/fixtures/large-bundle";
import { PDF_RENDER_TIMEOUT_MS, pdfQueue, renderPdf } from "./render-pdf";

const pdfFile = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "factmark-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  return file;
};
const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-layout", pdfFile(pdf), "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 2 ** 20,
  });

/** The link annotations of a PDF: to named destinations within it, and to outside addresses. */
async function pdfLinks(pdf: Buffer): Promise<{ internal: string[]; external: number }> {
  const doc = await PDFDocument.load(pdf);
  const internal: string[] = [];
  let external = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const dest = annots!.lookup(i, PDFDict).get(PDFName.of("Dest"));
      if (dest instanceof PDFName) internal.push(dest.decodeText());
      else external++;
    }
  }
  return { internal, external };
}

describe("renderPdf (system Chromium)", () => {
  // 10,000 annotations are the bench's (some 4,700 pages); 1,000 with the discussion print in five parts.
  it(
    "prints a report in parts as one PDF: every annotation, the pages numbered through, links across parts",
    async () => {
      const bundle = largeBundle(1_000);
      const parts = renderPrintParts(bundle);
      expect(parts.length).toBeGreaterThan(2);
      const pdf = await renderPdf(() => parts, {
        paper: "a4",
        title: 'A thousand </style> "notes"',
      });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(pdf);
      for (let n = 1; n <= 1_000; n++)
        expect(text).toMatch(new RegExp(`^ *\\[${n}\\] +(Sourced|Disputed|Unverified)`, "m"));
      const pages = Number(
        /^Pages: +(\d+)$/m.exec(execFileSync("pdfinfo", [pdfFile(pdf)], { encoding: "utf8" }))![1],
      );
      const numbers = [...text.matchAll(/Page (\d+) of (\d+)/g)];
      expect(numbers.map((m) => Number(m[1]))).toEqual(
        Array.from({ length: pages }, (_, i) => i + 1),
      );
      expect(new Set(numbers.map((m) => Number(m[2])))).toEqual(new Set([pages]));
      expect(text.match(/A thousand <\/style> "notes"/g)).toHaveLength(pages);
      // Every footnote marker in the text leads to its entry, which is in another part.
      const destinations = execFileSync("pdfinfo", ["-dests", pdfFile(pdf)], {
        encoding: "utf8",
        maxBuffer: 64 * 2 ** 20,
      });
      expect(destinations.match(/"annotation-\d+"/g)).toHaveLength(1_000);
      const links = await pdfLinks(pdf);
      expect(new Set(links.internal)).toEqual(
        new Set(Array.from({ length: 1_000 }, (_, i) => `annotation-${i + 1}`)),
      );
      expect(links.external).toBeGreaterThan(1_000); // sources and "Open in Factmark"
      expect(pdfQueue.stats()).toEqual({ running: 0, waiting: 0 });
    },
    PDF_RENDER_TIMEOUT_MS + 30_000,
  );

  it("stops the render when the client goes away", async () => {
    const client = new AbortController();
    const bundle = largeBundle(2_000, { discussion: false });
    const rendering = renderPdf(
      () => (
        setTimeout(() => client.abort(new Error("client disconnected")), 50),
        renderPrintParts(bundle)
      ),
      { paper: "a4", title: "Gone" },
      client.signal,
    );
    await expect(rendering).rejects.toThrow("client disconnected");
    // The next render gets the slot and a working browser.
    const pdf = await renderPdf(() => renderPrintParts(largeBundle(5, { discussion: false })), {
      paper: "letter",
      title: "Next",
    });
    expect(pdfText(pdf)).toContain("[5]");
  }, 120_000);
});
