import { DROPPED_WITH_CONTENT } from "./sanitise-html";

/**
 * How deep elements may nest before Readability sees the page. Readability recurses over the
 * tree (_cleanStyles and others), and 10,000 nested divs overflow the stack; real pages nest a
 * few dozen levels.
 */
const MAX_DOM_DEPTH = 100;

/** The DOM operations used here: a subset that linkedom's and a browser's elements share. */
type Node = {
  remove(): void;
  replaceWith(...nodes: unknown[]): void;
  childNodes: ArrayLike<unknown>;
};
type Element = Node & {
  children: ArrayLike<Element>;
  querySelectorAll(selector: string): ArrayLike<Node>;
};

/**
 * Unwraps every element below MAX_DOM_DEPTH, without recursion: its text stays (as one run, the
 * structure that deep is lost), except that code, styles and embedded content are removed first
 * so unwrapping cannot turn a script into text.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DOM_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth < maxDepth) {
      for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
      continue;
    }
    for (const dropped of Array.from(element.querySelectorAll(DROPPED_WITH_CONTENT.join(","))))
      dropped.remove();
    for (const inner of Array.from(element.querySelectorAll("*")))
      inner.replaceWith(...Array.from(inner.childNodes));
  }
}
