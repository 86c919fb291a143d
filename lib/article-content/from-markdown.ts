import type { Nodes, Root } from "mdast";
import { fromMarkdown as parseMarkdown } from "mdast-util-from-markdown";
import { boundNesting } from "@/lib/markdown/bound-nesting";
import { BlockBuilder } from "./block-builder";
import { boundEmphasis } from "./bound-emphasis";
import type { Block } from "./blocks";
import { checkResultSize } from "./check-result-size";
import { headingLevel } from "./heading-level";
import { assertInputSize, MAX_MARKDOWN_INPUT_CHARS } from "./limits";
import { safeHref } from "./safe-href";

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem"]);

/** `[text][ref]` links point at a definition anywhere in the document: collected first, flat. */
function definitions(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "definition" && !found.has(node.identifier))
      found.set(node.identifier, node.url);
    if ("children" in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return found;
}

type Step = { node: Nodes; parent: string; exit: boolean };

/**
 * Markdown (CommonMark, no extensions) to blocks. Raw HTML is kept as the text it is, never
 * interpreted; images become their alt text; code blocks become paragraphs of their code.
 * The tree is walked with an explicit stack, so nesting depth costs no stack frames.
 */
export function fromMarkdown(markdown: string): Block[] {
  assertInputSize(markdown, "Markdown text", MAX_MARKDOWN_INPUT_CHARS);
  // micromark's cost grows with nesting on every later line and with emphasis marks per block: escape what we would flatten anyway.
  const tree = parseMarkdown(boundEmphasis(boundNesting(markdown)));
  const links = definitions(tree);
  const out = new BlockBuilder();
  const stack: Step[] = [{ node: tree, parent: "", exit: false }];
  while (stack.length) {
    const { node, parent, exit } = stack.pop()!;
    if (exit) {
      leave(out, node);
      continue;
    }
    const leaf = enter(out, node, parent, links);
    if (leaf || !("children" in node)) continue;
    stack.push({ node, parent, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as Nodes, parent: node.type, exit: false });
  }
  return checkResultSize(out.finish());
}

/** Handles a node on the way in; true when it is done with (its children are not visited). */
function enter(
  out: BlockBuilder,
  node: Nodes,
  parent: string,
  links: Map<string, string>,
): boolean {
  switch (node.type) {
    case "heading":
      out.blockStart(headingLevel(node.depth));
      return false;
    case "paragraph":
      out.blockStart();
      return false;
    case "blockquote":
      out.quoteStart();
      return false;
    case "list":
      out.listStart(node.ordered === true);
      return false;
    case "listItem":
      out.itemStart();
      return false;
    case "strong":
      out.strongStart();
      return false;
    case "emphasis":
      out.emStart();
      return false;
    case "link":
      out.linkStart(safeHref(node.url));
      return false;
    case "linkReference":
      out.linkStart(safeHref(links.get(node.identifier)));
      return false;
    case "code":
      out.blockStart();
      out.text(node.value);
      out.blockEnd();
      return true;
    case "html":
      if (FLOW_PARENTS.has(parent)) out.blockStart();
      out.text(node.value);
      if (FLOW_PARENTS.has(parent)) out.blockEnd();
      return true;
    case "text":
    case "inlineCode":
      out.text(node.value);
      return true;
    case "break":
      out.text(" ");
      return true;
    case "image":
    case "imageReference":
      out.text(node.alt ?? "");
      return true;
    case "thematicBreak":
    case "definition":
      out.blockEnd();
      return true;
    default:
      return false;
  }
}

function leave(out: BlockBuilder, node: Nodes): void {
  switch (node.type) {
    case "heading":
    case "paragraph":
    case "listItem":
      out.blockEnd();
      break;
    case "blockquote":
    case "list":
      out.containerEnd();
      break;
    case "strong":
      out.strongEnd();
      break;
    case "emphasis":
      out.emEnd();
      break;
    case "link":
    case "linkReference":
      out.linkEnd();
      break;
  }
}
