import { splitParagraphs } from "@/lib/text/paragraphs";

/** A span of the body with the footnote number it gets in the report. */
export type Span = { n: number; start: number; end: number };

/** A run of text covered by the same set of annotations (numbers ascending; empty = not annotated), or the footnote markers of the spans that end here. */
export type Piece =
  | { kind: "text"; text: string; covering: readonly number[] }
  | { kind: "markers"; numbers: readonly number[] };

export type ParagraphPieces = { start: number; end: number; pieces: Piece[] };

/** A stretch of the body the report renders as one unit: a paragraph, or an inline (a link, a bold phrase) of a structured article. */
export type Run = { start: number; end: number };

function group(spans: readonly Span[], key: "start" | "end"): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const span of spans) {
    const list = map.get(span[key]);
    if (list) list.push(span.n);
    else map.set(span[key], [span.n]);
  }
  return map;
}

/** The body cut into paragraphs (at blank lines), each cut at every span boundary: see segmentRuns. */
export function segmentBody(body: string, spans: readonly Span[]): ParagraphPieces[] {
  return segmentRuns(body, splitParagraphs(body), spans);
}

/**
 * Cuts each run of the body (in order, not overlapping; neighbours may touch) into pieces at every
 * span boundary, so overlapping spans need no nesting: each piece is wrapped once with every
 * annotation covering it. Each span's markers follow the piece it ends with (or close its run when
 * it ends in the gap after it). One sweep over the sorted boundaries: O((n + p) log(n + p)) plus
 * the size of the covering sets, never a pass per annotation.
 */
export function segmentRuns(
  body: string,
  paragraphs: readonly Run[],
  spans: readonly Span[],
): ParagraphPieces[] {
  const out: ParagraphPieces[] = paragraphs.map((p) => ({
    start: p.start,
    end: p.end,
    pieces: [],
  }));
  if (out.length === 0) return out;
  const starts = group(spans, "start");
  const ends = group(spans, "end");
  const points = new Set<number>();
  for (const p of paragraphs) points.add(p.start).add(p.end);
  for (const s of spans) points.add(s.start).add(s.end);
  const sorted = [...points].sort((a, b) => a - b);

  const active = new Set<number>();
  let covering: readonly number[] = [];
  let inside = 0; // paragraph that may contain the current run
  let last = 0; // last paragraph starting before the current point: where markers go
  for (let k = 0; k < sorted.length; k++) {
    const x = sorted[k]!;
    const ending = ends.get(x);
    const starting = starts.get(x);
    if (ending) {
      for (const n of ending) active.delete(n);
      while (last + 1 < paragraphs.length && paragraphs[last + 1]!.start < x) last++;
      out[last]!.pieces.push({ kind: "markers", numbers: [...ending].sort((a, b) => a - b) });
    }
    if (starting) for (const n of starting) active.add(n);
    // Rebuilt only when the set changes (at most twice per span), shared by the runs in between.
    if (ending || starting) covering = [...active].sort((a, b) => a - b);
    const next = sorted[k + 1];
    if (next === undefined) break;
    while (inside < paragraphs.length && paragraphs[inside]!.end <= x) inside++;
    const p = paragraphs[inside];
    if (p && p.start <= x && next <= p.end)
      out[inside]!.pieces.push({ kind: "text", text: body.slice(x, next), covering });
  }
  return out;
}
