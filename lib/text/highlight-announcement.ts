import { STATUS_LABEL } from "@/lib/export/labels";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

/**
 * What a screen reader hears when the keyboard caret enters highlighted text (the highlights are
 * painted, not elements, so nothing else tells it): the status in words, how many overlap, and
 * that Enter opens them. Nothing when the caret is outside every highlight.
 */
export function highlightAnnouncement(statuses: readonly AnnotationStatus[]): string {
  if (statuses.length === 0) return "";
  if (statuses.length === 1)
    return `${STATUS_LABEL[statuses[0]!]} highlight. Enter opens its annotation.`;
  const counts = ANNOTATION_STATUSES.map(
    (s) => [s, statuses.filter((x) => x === s).length] as const,
  ).filter(([, n]) => n > 0);
  return `${statuses.length} overlapping highlights: ${counts.map(([s, n]) => `${n} ${STATUS_LABEL[s].toLowerCase()}`).join(", ")}. Enter opens them.`;
}
