import type { Anchor } from "@/lib/anchoring";

export type Anchored<T> = { row: T; anchor: Anchor | null };

/** Text order: by anchor (start, then the longer span first, then the older), orphans last in creation order. */
export function inTextOrder<T extends { createdAt: Date | number }>(
  items: Anchored<T>[],
): Anchored<T>[] {
  const placed = items
    .filter((x) => x.anchor)
    .sort(
      (a, b) =>
        a.anchor!.start - b.anchor!.start ||
        b.anchor!.end - a.anchor!.end ||
        +a.row.createdAt - +b.row.createdAt,
    );
  return [...placed, ...items.filter((x) => !x.anchor)];
}
