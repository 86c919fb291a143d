import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  StandardFonts,
  rgb,
  type PDFPage,
} from "pdf-lib";

/** The footer as the report's page template drew it: 8 CSS px, stone-600, centred in the bottom margin. */
const FOOTER_SIZE = 6; // points: 8px at 96 dpi
const FOOTER_BASELINE = 28; // points above the page's bottom edge, inside the 20 mm margin
const FOOTER_COLOUR = rgb(0x57 / 255, 0x53 / 255, 0x4e / 255);
/** Pages stamped between two turns of the event loop: the server goes on answering while a large PDF is merged. */
const PAGES_PER_TICK = 200;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Named destinations of one part (Chromium writes them to the catalog's /Dests: name → [page /XYZ x y z]),
 * pointed at the same pages in the merged document.
 */
function copyDestinations(
  source: PDFDocument,
  copied: readonly PDFPage[],
  into: PDFDict,
  target: PDFDocument,
): void {
  const dests = source.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  if (!dests) return;
  const pageIndex = new Map(source.getPages().map((page, i) => [page.ref.toString(), i]));
  for (const [name, value] of dests.entries()) {
    const destination = source.context.lookupMaybe(value, PDFArray);
    const page = destination?.get(0);
    const index = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
    if (!destination || index === undefined) continue;
    // The rest is a fit and numbers (/XYZ left top zoom): direct values, the same in any document.
    into.set(name, target.context.obj([copied[index]!.ref, ...destination.asArray().slice(1)]));
  }
}

/**
 * One PDF of parts printed one after the other: their pages in order, their named destinations
 * (so a link in one part leads to its target in another), "Page n of N" across the whole, and the
 * first part's document information (title, creator).
 */
export async function mergePdfs(
  parts: readonly Uint8Array[],
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  const destinations = merged.context.obj({});
  let first: PDFDocument | null = null;
  for (const bytes of parts) {
    signal?.throwIfAborted();
    // A part parses in well under 100 ms: pausing inside it (pdf-lib's default) only made it a third slower.
    const part = await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    first ??= part;
    const pages = await merged.copyPages(part, part.getPageIndices());
    for (const page of pages) merged.addPage(page);
    copyDestinations(part, pages, destinations, merged);
    await tick();
  }
  if (destinations.keys().length)
    merged.catalog.set(PDFName.of("Dests"), merged.context.register(destinations));
  if (first) {
    merged.setTitle(first.getTitle() ?? "", { showInWindowTitleBar: true });
    merged.setCreator(first.getCreator() ?? "");
    merged.setProducer(first.getProducer() ?? "");
    const created = first.getCreationDate();
    if (created) merged.setCreationDate(created);
  }

  const font = await merged.embedFont(StandardFonts.Helvetica);
  const pages = merged.getPages();
  for (let i = 0; i < pages.length; i++) {
    if (i % PAGES_PER_TICK === 0) {
      await tick();
      signal?.throwIfAborted();
    }
    const page = pages[i]!;
    const text = `Page ${i + 1} of ${pages.length}`;
    page.drawText(text, {
      x: (page.getWidth() - font.widthOfTextAtSize(text, FOOTER_SIZE)) / 2,
      y: FOOTER_BASELINE,
      size: FOOTER_SIZE,
      font,
      color: FOOTER_COLOUR,
    });
  }
  // Saving yields to the event loop every objectsPerTick objects; the default (50) costs more in pauses than it keeps the loop free.
  return merged.save({ objectsPerTick: 2_000 });
}
