import type { Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";
import {
  createStaticRangeFactory,
  HIGHLIGHT_PRIORITY,
  highlightName,
  supportsCustomHighlights,
  type PaintedSpan,
} from "./highlight-layer";
import { EARLY_PAINT_KEY, paintSignature } from "./paint-signature";

/** Ranges built per slice before the painter lets the main thread go: a few milliseconds' work. */
const SLICE = 750;

type Entry = { status: AnnotationStatus; start: number; end: number; range: StaticRange | null };

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Keeps the status highlights in step with the spans, doing only what changed: a span added,
 * moved or removed adds or deletes its own Range, so a colleague's new annotation on a
 * 5,000-annotation article costs one Range, not 5,000. A full paint (the first one, unless the
 * page's inline script already painted the same spans; or after a filter changed most of them)
 * builds new Highlights in slices that yield to the main thread and swaps them in when complete,
 * so no task is long and nothing blinks meanwhile.
 */
export function createHighlightPainter(container: HTMLElement, paragraphs: readonly Paragraph[]) {
  const makeRange = createStaticRangeFactory(container, paragraphs);
  let entries = new Map<string, Entry>();
  let highlights: Map<AnnotationStatus, Highlight> | null = null;
  let generation = 0;

  const register = (next: Map<AnnotationStatus, Highlight>) => {
    for (const [status, highlight] of next) {
      highlight.priority = HIGHLIGHT_PRIORITY[status];
      CSS.highlights.set(highlightName(status), highlight);
    }
    highlights = next;
  };

  /** The inline script's Highlights, when they hold exactly these spans: kept as they are (their Ranges are found again only if one of them changes). */
  const adoptEarlyPaint = (spans: readonly PaintedSpan[]): boolean => {
    const early = (window as unknown as Record<string, unknown>)[EARLY_PAINT_KEY];
    delete (window as unknown as Record<string, unknown>)[EARLY_PAINT_KEY];
    if (typeof early !== "string" || early !== paintSignature(spans)) return false;
    const found = new Map<AnnotationStatus, Highlight>();
    for (const status of ANNOTATION_STATUSES) {
      const highlight = CSS.highlights.get(highlightName(status));
      if (!highlight) return false;
      found.set(status, highlight);
    }
    highlights = found;
    entries = new Map(
      spans.map((s) => [s.id, { status: s.status, start: s.start, end: s.end, range: null }]),
    );
    return true;
  };

  const fullPaint = async (spans: readonly PaintedSpan[], mine: number): Promise<number | null> => {
    const next = new Map(ANNOTATION_STATUSES.map((s) => [s, new Highlight()]));
    const built = new Map<string, Entry>();
    for (let i = 0; i < spans.length; i += SLICE) {
      if (i > 0) await yieldToMain();
      if (mine !== generation) return null;
      for (const span of spans.slice(i, i + SLICE)) {
        const range = makeRange(span.start, span.end);
        if (!range) continue;
        next.get(span.status)!.add(range);
        built.set(span.id, { status: span.status, start: span.start, end: span.end, range });
      }
    }
    entries = built;
    register(next);
    return built.size;
  };

  /** Only the spans that changed; null when that would need a Range the painter never built (an adopted early paint). */
  const incrementalPaint = (spans: readonly PaintedSpan[]): number | null => {
    const current = highlights!;
    const wanted = new Map(spans.map((s) => [s.id, s]));
    const stale = [...entries].filter(([id, e]) => {
      const s = wanted.get(id);
      return !s || s.start !== e.start || s.end !== e.end || s.status !== e.status;
    });
    if (stale.some(([, e]) => e.range === null)) return null;
    for (const [id, e] of stale) {
      current.get(e.status)!.delete(e.range!);
      entries.delete(id);
    }
    for (const span of spans) {
      if (entries.has(span.id)) continue;
      const range = makeRange(span.start, span.end);
      if (!range) continue;
      current.get(span.status)!.add(range);
      entries.set(span.id, { status: span.status, start: span.start, end: span.end, range });
    }
    return entries.size;
  };

  return {
    /** Paints `spans`; `onPainted` gets the count once they are all painted (not if a newer paint overtook this one). */
    paint(spans: readonly PaintedSpan[], onPainted: (count: number) => void): void {
      if (!supportsCustomHighlights()) return onPainted(0);
      const mine = ++generation;
      if (highlights === null && adoptEarlyPaint(spans)) return onPainted(entries.size);
      const incremental = highlights !== null ? incrementalPaint(spans) : null;
      if (incremental !== null) return onPainted(incremental);
      void fullPaint(spans, mine).then((count) => {
        if (count !== null) onPainted(count);
      });
    },
    /** Stops a paint in progress (the spans or the text changed under it). */
    cancel(): void {
      generation++;
    },
  };
}
