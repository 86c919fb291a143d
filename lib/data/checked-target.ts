import { describeRange, type TextTarget } from "@/lib/anchoring";
import { AppError } from "@/lib/errors";

/**
 * The stored target for a span a client names on the article's current text: the quote must be
 * what the body says there, and the context comes from the body itself, so a client cannot store a
 * misleading prefix or suffix. Creating an annotation and re-attaching one both go through here.
 */
export function checkedTarget(body: string, input: { start: number; end: number; exact: string }): TextTarget {
  const { start, end, exact } = input;
  if (body.slice(start, end) !== exact) {
    throw new AppError("VALIDATION", "The target does not match the article text at start–end", { path: ["target"] });
  }
  const target = describeRange(body, start, end);
  if (!target || target.start !== start || target.end !== end) {
    throw new AppError("VALIDATION", "The target must not be empty or begin or end with whitespace", { path: ["target"] });
  }
  return target;
}
