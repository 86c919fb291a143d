type Event = { action: string; before: unknown; after: unknown };

const CONTENT_FIELDS = ["status", "note", "sources", "target"] as const;
const EDITS = new Set(["annotation.update", "annotation.moderate"]);
const REVIEWS = new Set(["review.create", "review.change"]);

const field = (side: unknown, name: string) =>
  JSON.stringify((side as Record<string, unknown> | null)?.[name] ?? null);

/** Whether an audit event changed what reviewers judge: the status, note, sources or quoted wording. */
export function changedContent(event: Event): boolean {
  if (event.action === "annotation.reworded") return true;
  return (
    EDITS.has(event.action) &&
    CONTENT_FIELDS.some((name) => field(event.before, name) !== field(event.after, name))
  );
}

/**
 * The indexes of the review events (in an annotation's history, oldest first) that a later change
 * of its content overtook: they judged a previous version. Mirrors `contentVersion` for the rows
 * written before it was kept.
 */
export function reviewsOnPreviousVersions(events: readonly Event[]): Set<number> {
  const stale = new Set<number>();
  let changedLater = false;
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i]!;
    if (changedContent(event)) changedLater = true;
    else if (changedLater && REVIEWS.has(event.action)) stale.add(i);
  }
  return stale;
}
