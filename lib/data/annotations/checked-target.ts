import { describeRange, type TextTarget } from "@/lib/anchoring";
import { splitsPair } from "@/lib/anchoring/unicode";
import { AppError } from "@/lib/errors";
import { isGraphemeBoundary } from "@/lib/text/graphemes";

const refuse = (message: string) => new AppError("VALIDATION", message, { path: ["target"] });

/**
 * A span a reader could have selected: it starts and ends between characters as they see them.
 * Half of a surrogate pair is not a character at all (it cannot even be stored); a cut inside a
 * grapheme (between a letter and its accent, inside a joined emoji or a flag) is something no
 * browser selection makes, and the quote would show a broken character. Either comes from a
 * client counting wrongly, so it is refused with a message that says which end.
 */
function checkEnds(body: string, start: number, end: number): void {
  for (const [name, offset] of [
    ["starts", start],
    ["ends", end],
  ] as const) {
    if (splitsPair(body, offset))
      throw refuse(
        `The target ${name} inside a character (between the two halves of a UTF-16 surrogate pair, at ${offset}): select whole characters`,
      );
    if (!isGraphemeBoundary(body, offset))
      throw refuse(
        `The target ${name} inside a character as readers see it (a letter and its accent, or a joined emoji, at ${offset}): select whole characters`,
      );
  }
}

/**
 * The stored target for a span a client names on the article's current text: the quote must be
 * what the body says there, and the context comes from the body itself, so a client cannot store a
 * misleading prefix or suffix. Creating an annotation and re-attaching one both go through here.
 */
export function checkedTarget(
  body: string,
  input: { start: number; end: number; exact: string },
): TextTarget {
  const { start, end, exact } = input;
  if (body.slice(start, end) !== exact)
    throw refuse("The target does not match the article text at start–end");
  checkEnds(body, start, end);
  const target = describeRange(body, start, end);
  if (!target || target.start !== start || target.end !== end) {
    throw refuse("The target must not be empty or begin or end with whitespace");
  }
  return target;
}
