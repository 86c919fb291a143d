import type { Nodes } from "hast";
import { attr, escapeHtml } from "./html-escape";

const VOID = new Set(["br"]);

/**
 * A sanitised hast tree (text and elements only) as HTML, escaped as the rest of the report is.
 * Not hast-util-to-html: it leaves `<`, `>` and `'` as they are in attribute values (and `>`, `"`,
 * `'` in text). That is valid HTML, but a note's link title could then put "<script>" in the
 * report, which promises no "<" outside its own tags, and the exports' bytes would change.
 * Property names are used as attribute names: the schema allows only ones spelt the same.
 * It recurses; the note pipeline bounds the tree's depth.
 */
export function hastToHtml(node: Nodes): string {
  if (node.type === "text") return escapeHtml(node.value);
  if (node.type === "root") return node.children.map(hastToHtml).join("");
  if (node.type !== "element") return "";
  const attributes = Object.entries(node.properties)
    .map(([name, value]) =>
      value === undefined || value === null
        ? ""
        : attr(name, Array.isArray(value) ? value.join(" ") : String(value)),
    )
    .join("");
  const open = `<${node.tagName}${attributes}>`;
  return VOID.has(node.tagName)
    ? open
    : `${open}${node.children.map(hastToHtml).join("")}</${node.tagName}>`;
}
