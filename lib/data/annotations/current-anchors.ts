import { anchorAll, type Anchor, type TextTarget } from "@/lib/anchoring";

type Row = TextTarget & { anchorState?: string | null };

/**
 * Anchors annotations on the current body for reading. A revision re-anchored every annotation
 * when it was saved (lib/data/articles/reanchor-article.ts), so a target is either on this text, checked
 * in O(quote length), or a known orphan, which is not searched for again on every read.
 */
export function currentAnchors(body: string, rows: readonly Row[]): (Anchor | null)[] {
  const searched = rows.filter((row) => row.anchorState !== "orphaned");
  const anchors = anchorAll(body, searched);
  let next = 0;
  return rows.map((row) => (row.anchorState === "orphaned" ? null : (anchors[next++] ?? null)));
}
