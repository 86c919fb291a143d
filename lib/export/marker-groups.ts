/** More footnote markers than this at one place are shown as one grouped marker with a list. */
export const MAX_MARKERS_INLINE = 5;

/** "7–142" for a run without gaps; "7…142" when numbers between are missing (they end elsewhere). */
export function markerRange(numbers: readonly number[]): string {
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  return `${first}${last - first + 1 === numbers.length ? "–" : "…"}${last}`;
}

/**
 * The Markdown report's crowded places: a run of more than MAX_MARKERS_INLINE footnote references
 * ("[^7][^8]…[^142]") becomes "[^7]–[^142]" in the text, and the references between are listed
 * after it (`groups`), so every footnote is still referenced and rendered. Article text is
 * escaped ("\[^5]"), so only real references match.
 */
export function groupMarkdownMarkers(text: string): { text: string; groups: string[] } {
  const groups: string[] = [];
  const run = new RegExp(`(?<!\\\\)(?:\\[\\^\\d+\\]){${MAX_MARKERS_INLINE + 1},}`, "g");
  const grouped = text.replace(run, (refs) => {
    const numbers = [...refs.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
    const [first, last] = [numbers[0]!, numbers[numbers.length - 1]!];
    groups.push(
      `- \\[${markerRange(numbers)}\\], ${numbers.length} annotations ending together: ${numbers
        .slice(1, -1)
        .map((n) => `[^${n}]`)
        .join(" ")} and the two in the text`,
    );
    return `[^${first}]${last - first + 1 === numbers.length ? "–" : "…"}[^${last}]`;
  });
  return { text: grouped, groups };
}
