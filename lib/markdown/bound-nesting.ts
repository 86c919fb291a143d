/**
 * How many block quotes and list items a line may open or continue. CommonMark parsers nest
 * containers without limit, and each level costs work on every later line and a stack frame
 * when the tree is turned into HTML or React: 4,000 `>` overflowed the stack, 20,000 cost seconds.
 * Ten levels is far more than any note needs.
 */
export const MAX_NESTING = 10;

const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;
const LONG_RULE = 80;
const THEMATIC_BREAK = /([-*_])[ \t]*(?:\1[ \t]*){2,}$/y;

/**
 * Turns the container markers of one line beyond MAX_NESTING into text by escaping the first
 * one too many (`\>`, `\-`, `1\.`): the rest of the line is then paragraph text.
 *
 * The count is an upper bound on the depth the line can reach, so it holds without parsing:
 * every `>` and list marker counts one, and every two columns of indentation count one (a list
 * item is continued only by indenting its content, which sits at least two columns in; a quote
 * only by its `>`). A blank or lazy line opens nothing new. It can overcount (indented code,
 * `2.` in prose), which only escapes sooner, never later; inside code the backslash then shows.
 */
function boundLine(line: string): string {
  let levels = 0;
  let i = 0;
  for (;;) {
    let columns = 0;
    for (; line[i] === " " || line[i] === "\t"; i++) columns += line[i] === "\t" ? 4 : 1;
    levels += Math.floor(columns / 2);
    if (i >= line.length) return line;
    let width = 0;
    if (line[i] === ">") width = 1;
    else {
      THEMATIC_BREAK.lastIndex = i;
      // "- - -" is a rule, not three lists. A long one ("- " 10,000 times) costs micromark seconds: three marks draw the same rule.
      if (THEMATIC_BREAK.test(line))
        return line.length - i > LONG_RULE
          ? `${line.slice(0, i)}${line[i]} ${line[i]} ${line[i]}`
          : line;
      LIST_MARKER.lastIndex = i;
      const marker = LIST_MARKER.exec(line);
      if (!marker) return line;
      width = marker[0].length;
    }
    if (levels + 1 > MAX_NESTING) {
      const at = i + width - 1; // the marker's punctuation: ">", "-", "+", "*", or the "." / ")" after digits
      return `${line.slice(0, at)}\\${line.slice(at)}`;
    }
    levels += 1;
    i += width;
  }
}

/** Markdown with no line nested deeper than MAX_NESTING containers; shallower text is returned unchanged. */
export function boundNesting(markdown: string): string {
  return markdown.split("\n").map(boundLine).join("\n");
}
