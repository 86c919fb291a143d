// What a reader sees as one character (a grapheme cluster: "é" written as e + a combining
// accent, a family emoji joined by ZWJs, a flag) is one unit for a browser selection: mouse and
// keyboard both move across it whole. An offset inside one can only come from a client that
// counted wrongly, and the span it names would cut a character in two when shown.

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Characters each side of the offset that are segmented to decide. Clusters are short (the longest
 * emoji sequences are about a dozen code units); an absurdly long run of combining marks beyond
 * this is cut at the window's edge, which can only make the check more lenient, never refuse
 * a real boundary. Segmenting a window, not the whole body, keeps this cheap on a long article.
 */
const WINDOW = 64;

/** True when `offset` lies between two grapheme clusters of `text` (0 and text.length always do). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  const from = Math.max(0, offset - WINDOW);
  const window = text.slice(from, Math.min(text.length, offset + WINDOW));
  const { index } = segmenter.segment(window).containing(offset - from)!;
  return index === offset - from;
}
