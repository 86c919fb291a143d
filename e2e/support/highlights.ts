import type { Page } from "@playwright/test";

/** The texts a status highlight covers, sorted. Its ranges are StaticRanges (no toString): each is read through a live Range. */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return [...(highlight ?? [])]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
      .sort();
  }, name);
}
