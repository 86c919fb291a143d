import { Fragment, type ReactNode } from "react";
import type { LayoutBlock, RunInline } from "@/lib/article-content/reading-layout";
import type { Paragraph } from "@/lib/text/paragraphs";

/**
 * An article's structure as the reader shows it. The innermost element of every inline carries
 * `data-paragraph` (the run's index) and holds exactly one text node: the highlight painter and
 * the selection code map offsets through those elements and need nothing else from the tree.
 */
export function ArticleBlocks({ blocks, runs }: { blocks: readonly LayoutBlock[]; runs: readonly Paragraph[] }) {
  return <>{blocks.map((block, i) => renderBlock(block, runs, i))}</>;
}

function renderBlock(block: LayoutBlock, runs: readonly Paragraph[], key: number): ReactNode {
  switch (block.type) {
    case "heading": {
      const Heading = `h${block.level}` as "h2" | "h3" | "h4";
      const size = block.level === 2 ? "text-2xl" : block.level === 3 ? "text-xl" : "text-lg";
      return (
        <Heading key={key} className={`mb-4 mt-8 font-sans font-semibold leading-snug text-stone-900 ${size}`}>
          {renderInlines(block.inlines, runs)}
        </Heading>
      );
    }
    case "paragraph":
      return (
        <p key={key} className="mb-5">
          {renderInlines(block.inlines, runs)}
        </p>
      );
    case "quote":
      return (
        <blockquote key={key} className="mb-5 border-l-4 border-stone-300 pl-5 text-stone-700">
          {block.blocks.map((child, i) => renderBlock(child, runs, i))}
        </blockquote>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={key} className={`mb-5 pl-7 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item, i) => (
            <li key={i} className="mb-2 pl-1 [&>*:last-child]:mb-0">
              {item.map((child, j) => renderBlock(child, runs, j))}
            </li>
          ))}
        </List>
      );
    }
  }
}

function renderInlines(inlines: readonly RunInline[], runs: readonly Paragraph[]): ReactNode {
  return inlines.map((inline) => {
    const text = runs[inline.run]?.text ?? "";
    // Built inside out: the text sits in the innermost element, which carries the run index.
    let node: ReactNode = null;
    const leaf = { "data-paragraph": inline.run };
    if (inline.em) node = <em {...leaf}>{text}</em>;
    if (inline.strong) node = node ? <strong>{node}</strong> : <strong {...leaf}>{text}</strong>;
    if (inline.href) {
      node = (
        <a
          href={inline.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-blue-800 underline decoration-blue-800/40 underline-offset-2 hover:decoration-blue-800"
          {...(node ? {} : leaf)}
        >
          {node ?? text}
        </a>
      );
    }
    return node ? <Fragment key={inline.run}>{node}</Fragment> : <span key={inline.run} {...leaf}>{text}</span>;
  });
}
