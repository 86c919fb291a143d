/** The reasons a claim suggestion gives, as one phrase: "money, a date and an attribution". */
export function reasonsPhrase(reasons: readonly string[]): string {
  return new Intl.ListFormat("en", { type: "conjunction" }).format(reasons);
}

/**
 * What a screen reader hears when n or p moves to a claim suggestion (painted, so nothing else
 * tells it): where it is among them, why it was suggested, and the keys that act on it. Viewers
 * cannot annotate, so they are not offered the key.
 */
export function suggestionAnnouncement(
  position: number,
  total: number,
  reasons: readonly string[],
  canAnnotate: boolean,
): string {
  const keys = canAnnotate
    ? "Press a to annotate it, Escape to dismiss it."
    : "Press Escape to dismiss it.";
  return `Suggested claim ${position} of ${total}: ${reasonsPhrase(reasons)}. ${keys}`;
}
