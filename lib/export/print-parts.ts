import { reportSections, type ReportSections } from "./html-report";
import type { ExportBundle } from "./types";

/**
 * Entries per printed part. Chromium's print time grows faster than the page count (every page
 * looks up every linked destination), so a large report prints as parts that are merged into one
 * PDF; a part of this size prints in a few seconds and a few hundred MiB.
 */
const ENTRIES_PER_PART = 250;

/**
 * Links from a part to annotations printed in other parts. Chromium only writes a link whose
 * target is in the document, so the text's part gets one empty, unrendered target per
 * annotation; the merged PDF points the links at the real ones (lib/pdf/merge-pdf.ts).
 */
function linkTargets(numbers: readonly number[]): string {
  return numbers.length
    ? `<div hidden>${numbers.map((n) => `<span id="annotation-${n}"></span>`).join("")}</div>`
    : "";
}

/** Chromium names a destination in its PDF only when a link leads to it: these make it name the part's entries. */
function destinationLinks(numbers: readonly number[]): string {
  return numbers.length
    ? `<div hidden>${numbers.map((n) => `<a href="#annotation-${n}"></a>`).join("")}</div>`
    : "";
}

/** One printed part of entries: each list it reaches keeps its section; a list that goes on from the previous part, without its heading again. */
function entriesPart(
  opening: string,
  lists: ReportSections["lists"],
  slice: { list: number; from: number; to: number }[],
  close: string,
): string {
  const sections = slice.map(
    ({ list, from, to }) =>
      `${from === 0 ? lists[list]!.open : "<section>"}${lists[list]!.entries.slice(from, to)
        .map((e) => e.html)
        .join("\n")}</section>`,
  );
  const linked = slice.flatMap(({ list, from, to }) =>
    lists[list]!.linked ? lists[list]!.entries.slice(from, to).map((e) => e.n) : [],
  );
  return [opening, "<main>", ...sections, destinationLinks(linked), close].join("\n");
}

/**
 * The HTML report as self-contained documents to print one after the other: the first holds the
 * header, the summary and the article text, each of the others up to `entriesPerPart` entries
 * (the orphans and the footer close the last). Each starts on a new page; otherwise the printed
 * report is the one renderHtmlReport makes. A report of up to `entriesPerPart` entries is one part.
 */
export function renderPrintParts(
  bundle: ExportBundle,
  entriesPerPart = ENTRIES_PER_PART,
): string[] {
  const { head, lead, lists, tail } = reportSections(bundle);
  const linked = lists.flatMap((list) => (list.linked ? list.entries.map((e) => e.n) : []));
  const total = lists.reduce((sum, list) => sum + list.entries.length, 0);
  if (total <= entriesPerPart) {
    const body = lists
      .map((list) => `${list.open}${list.entries.map((e) => e.html).join("\n")}</section>`)
      .join("\n");
    return [[head, lead, body, destinationLinks(linked), tail].join("\n")];
  }
  const close = "</main></body></html>";
  const opening = head.slice(0, head.indexOf("<body>") + "<body>".length);
  const parts = [[head, lead, linkTargets(linked), close].join("\n")];
  let slice: { list: number; from: number; to: number }[] = [];
  let size = 0;
  lists.forEach((list, l) => {
    let from = 0;
    while (from < list.entries.length) {
      const to = Math.min(list.entries.length, from + entriesPerPart - size);
      slice.push({ list: l, from, to });
      size += to - from;
      from = to;
      if (size === entriesPerPart) {
        parts.push(entriesPart(opening, lists, slice, close));
        slice = [];
        size = 0;
      }
    }
  });
  // The footer closes the last part; when the entries filled it exactly, it closes an empty one instead of starting a page of its own.
  if (slice.length) parts.push(entriesPart(opening, lists, slice, tail));
  else parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -close.length) + tail;
  return parts;
}
