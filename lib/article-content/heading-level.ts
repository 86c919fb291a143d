import type { HeadingLevel } from "./blocks";

/** Level 1 is the article's own title, shown apart: an h1 in the text ranks below it. */
export function headingLevel(sourceLevel: number): HeadingLevel {
  return sourceLevel <= 1 ? 2 : sourceLevel === 2 ? 3 : 4;
}
