import type { Nodes, Paragraph, Parent, Root, Text } from "mdast";

/**
 * Deepest an mdast node may sit below the root. boundNesting already limits block nesting in the
 * text; this also limits what it cannot see (emphasis inside emphasis, `*_*_*_…`), so the
 * recursive steps after parsing (mdast to hast, React rendering) always have a shallow tree.
 */
export const MAX_TREE_DEPTH = 32;

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** The text of a subtree, collected without recursion (mdast-util-to-string recurses). */
function textOf(node: Nodes): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if ("value" in current && typeof current.value === "string") out.push(current.value);
    else if (current.type === "image") out.push(current.alt ?? "");
    if ("children" in current)
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes);
  }
  return out.join("");
}

/** Replaces what is below a node at the depth limit with its text, in a child that node may hold. */
function flatten(node: Parent): void {
  const text: Text = { type: "text", value: textOf(node as Nodes) };
  const paragraph: Paragraph = { type: "paragraph", children: [text] };
  if (node.type === "list")
    node.children = [{ type: "listItem", spread: false, children: [paragraph] }];
  else if (FLOW_PARENTS.has(node.type)) node.children = [paragraph];
  else node.children = [text];
}

/** A remark plugin: cuts the tree at MAX_TREE_DEPTH, iteratively, whatever the input. */
export function remarkBoundTreeDepth() {
  return (tree: Root) => {
    const stack: [Nodes, number][] = [[tree, 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (!("children" in node) || node.children.length === 0) continue;
      if (depth >= MAX_TREE_DEPTH) {
        flatten(node);
        continue;
      }
      for (const child of node.children) stack.push([child as Nodes, depth + 1]);
    }
  };
}
