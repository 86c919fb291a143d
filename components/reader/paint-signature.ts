import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

/** Where the page's inline painter (early-highlights.tsx) leaves the signature of what it painted, for the reader to find once. */
export const EARLY_PAINT_KEY = "__fmEarlyPaint";

const MODULUS = 2147483647;

/**
 * A signature of a set of spans (count, and a sum that does not depend on their order): equal
 * signatures mean the inline script painted these spans, so the reader keeps its Highlights
 * instead of building 5,000 Ranges again. early-highlights.tsx computes the same in its script.
 */
export function paintSignature(
  spans: readonly { status: AnnotationStatus; start: number; end: number }[],
): string {
  let sum = 0;
  for (const span of spans)
    sum =
      (sum + span.start * 7 + span.end * 13 + ANNOTATION_STATUSES.indexOf(span.status)) % MODULUS;
  return `${spans.length}:${sum}`;
}
