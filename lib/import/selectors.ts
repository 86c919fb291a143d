import { z } from "zod";

/** Offsets as W3C files count them (code points) or as Hypothesis' client does (UTF-16 code units). */
export type OffsetUnit = "codePoint" | "utf16";

export type QuoteTarget = {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  unit?: OffsetUnit;
};

const quoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string(),
  prefix: z.string().nullish(),
  suffix: z.string().nullish(),
});
const positionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** The quote (and, when present, the offsets, in `unit`) from a selector list; other selectors (RangeSelector, XPath…) are ignored. */
export function quoteFromSelectors(
  selectors: readonly unknown[],
  unit: OffsetUnit = "codePoint",
): QuoteTarget | null {
  let quote: QuoteTarget | null = null;
  let position: { start: number; end: number } | null = null;
  for (const selector of selectors) {
    const q = quoteSelector.safeParse(selector);
    if (q.success && !quote)
      quote = { exact: q.data.exact, prefix: q.data.prefix ?? "", suffix: q.data.suffix ?? "" };
    const p = positionSelector.safeParse(selector);
    if (p.success && !position) position = p.data;
  }
  return quote && position ? { ...quote, ...position, unit } : quote;
}
