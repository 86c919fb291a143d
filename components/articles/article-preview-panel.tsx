import Link from "next/link";
import { readerHtml } from "@/lib/article-content/reader-html";
import { readingLayout } from "@/lib/article-content/reading-layout";
import type { Block } from "@/lib/article-content/blocks";
import type { ArticlePreview, DuplicateArticle } from "@/lib/contracts/article";

function countLinks(blocks: readonly Block[]): number {
  let links = 0;
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === "quote") walk(block.blocks);
      else if (block.type === "list") block.items.forEach(walk);
      else links += new Set(block.inlines.filter((i) => i.href).map((i) => i.href)).size;
    }
  };
  walk(blocks);
  return links;
}

export function DuplicateNotice({ duplicates }: { duplicates: DuplicateArticle[] }) {
  if (duplicates.length === 0) return null;
  return (
    <div
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="duplicate-notice"
    >
      <p className="font-medium">
        An article with the same original URL or the same text is already in the library:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/articles/${d.id}`} className="underline" target="_blank">
              {d.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-1">You can still add it.</p>
    </div>
  );
}

/** The text as the reading page will show it, with a count of what it holds. */
export function ArticlePreviewPanel({ preview }: { preview: ArticlePreview }) {
  const layout = readingLayout(preview.body, preview.blocks);
  const paragraphs = layout.runs.length ? preview.body.split("\n\n").length : 0;
  const words = preview.body.split(/\s+/).filter(Boolean).length;
  const links = countLinks(preview.blocks);
  return (
    <div>
      <p className="mb-2 text-sm text-stone-700" data-testid="preview-stats">
        {words.toLocaleString("en")} words · {paragraphs.toLocaleString("en")} paragraphs ·{" "}
        {links.toLocaleString("en")} {links === 1 ? "link" : "links"}
      </p>
      <div
        className="max-h-[32rem] overflow-y-auto rounded-lg border border-stone-200 bg-white px-6 py-5 font-serif text-lg leading-relaxed text-stone-900"
        data-testid="article-preview"
        // Markup from readerHtml: every text and attribute escaped, links only through safeHref.
        dangerouslySetInnerHTML={{ __html: readerHtml(layout) }}
      />
    </div>
  );
}
