import type { Root } from "hast";
import { sanitize, type Schema } from "hast-util-sanitize";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { remarkBoundTreeDepth } from "@/lib/markdown/bound-tree-depth";
import { NOTE_ALLOWED_ELEMENTS, noteUrlTransform } from "@/lib/markdown/note-markdown-options";
import { hastToHtml } from "./hast-html";

/**
 * The pipeline react-markdown builds for every note, built once, without the React step: written
 * straight to a string a note costs a third of the time, which a report of 10,000 notes notices.
 * Raw HTML in a note becomes the text that was typed, as the app shows it. Every later step
 * recurses; remarkBoundTreeDepth keeps the tree shallow enough for that, whatever the note.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkBoundTreeDepth)
  .use(remarkRehype, {
    handlers: { html: (_, node: { value: string }) => ({ type: "text", value: node.value }) },
  })
  .freeze();

/**
 * The app's elements (components/reader/note-markdown.tsx), anything else unwrapped to its
 * content. Every key is given, since a missing one falls back to GitHub's defaults. No protocol
 * list: which links survive is noteUrlTransform's call alone, as in the app (the schema's
 * protocol check is case-sensitive, the app's is not).
 */
const SCHEMA: Schema = {
  tagNames: NOTE_ALLOWED_ELEMENTS,
  attributes: { a: ["href", "title"], ol: ["start"] },
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: "",
  strip: [],
  allowComments: false,
  allowDoctypes: false,
};

const REL = ["noopener", "noreferrer", "nofollow", "ugc"];

/** Links get the app's URL rule and a rel, attributes in the order reports have always had. */
function applyLinkRule(tree: Root): Root {
  visit(tree, "element", (node) => {
    if (node.tagName !== "a") return;
    const href = noteUrlTransform(String(node.properties.href ?? ""));
    const { title } = node.properties;
    node.properties = href ? { href, rel: REL, title } : { title };
  });
  return tree;
}

/** A note's Markdown (already through prepareNote) as the HTML fragment react-markdown would render with NOTE_MARKDOWN_OPTIONS. */
export function noteMarkdownToHtml(markdown: string): string {
  return hastToHtml(
    applyLinkRule(sanitize(processor.runSync(processor.parse(markdown)), SCHEMA) as Root),
  );
}
