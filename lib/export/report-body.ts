import type { Block } from "@/lib/article-content/blocks";
import {
  readingLayout,
  type LayoutBlock,
  type RunInline,
} from "@/lib/article-content/reading-layout";
import { segmentRuns, type Piece, type Span } from "./segments";

/**
 * The article text as a report lays it out: the same runs and structure as the reading page
 * (lib/article-content/reading-layout), each run cut into pieces at the annotation boundaries.
 * `blocks` is null for a plain article: then each run is a paragraph.
 */
export type ReportBody = { runs: Piece[][]; blocks: LayoutBlock[] | null };

export function reportBody(
  body: string,
  blocks: readonly Block[] | null | undefined,
  spans: readonly Span[],
): ReportBody {
  const layout = readingLayout(body, blocks ?? null);
  return {
    runs: segmentRuns(body, layout.runs, spans).map((run) => run.pieces),
    blocks: layout.blocks,
  };
}

/** An inline's pieces as groups of text pieces with the footnote markers between them, so a link or emphasis can be closed around each group and never contain a marker (a link inside a link is not HTML). */
export type InlinePart = { kind: "text"; pieces: Piece[] } | { kind: "markers"; piece: Piece };

export function inlineParts(inline: RunInline, runs: readonly Piece[][]): InlinePart[] {
  const parts: InlinePart[] = [];
  for (const piece of runs[inline.run] ?? []) {
    const last = parts[parts.length - 1];
    if (piece.kind === "markers") parts.push({ kind: "markers", piece });
    else if (last?.kind === "text") last.pieces.push(piece);
    else parts.push({ kind: "text", pieces: [piece] });
  }
  return parts;
}
