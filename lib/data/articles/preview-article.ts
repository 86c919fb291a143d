import "server-only";
import type { Block } from "@/lib/article-content/blocks";
import { toCanonicalText } from "@/lib/article-content/canonical-text";
import { extractArticle } from "@/lib/article-content/extract-article";
import { fromHtml } from "@/lib/article-content/from-html";
import { fromMarkdown } from "@/lib/article-content/from-markdown";
import { fromPlainText } from "@/lib/article-content/from-plain-text";
import { MAX_MARKDOWN_INPUT_CHARS, noEmptyText } from "@/lib/article-content/limits";
import { toMarkdown } from "@/lib/article-content/to-markdown";
import { forbidden } from "@/lib/errors";
import { canCreateArticle, type Actor } from "@/lib/permissions/roles";
import { dateInputSchema } from "@/lib/validation/common";
import type { PreviewContentInput } from "@/lib/validation/articles";
import {
  findDuplicateArticles,
  type DuplicateArticle,
} from "@/lib/data/articles/article-duplicates";
import {
  fetchArticleFromUrl,
  type ArticlePreview as FetchedArticlePreview,
} from "@/lib/data/articles/article-preview";
import { bodyHash } from "@/lib/data/articles/articles";
import type { FetchOptions } from "@/lib/data/articles/fetched-pages";

/**
 * What a new article would be, before it is saved: suggested details, the text to edit (HTML is
 * turned into Markdown, which reads back to the same structure), the text and structure that
 * saving gives, and the articles it may duplicate.
 */
export type ArticlePreview = {
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  format: "text" | "markdown" | "html";
  content: string;
  body: string;
  blocks: Block[];
  duplicates: DuplicateArticle[];
};

/** A saved web page (a whole document), not a fragment copied out of one. */
const isWholeDocument = (html: string) => /<(html|head|body)[\s>]/i.test(html.slice(0, 5000));

const firstHeading = (blocks: readonly Block[]) =>
  blocks[0]?.type === "heading"
    ? blocks[0].inlines
        .map((i) => i.text)
        .join("")
        .trim() || null
    : null;

const validDate = (value: string | null) => {
  const parsed = value ? dateInputSchema.safeParse(value) : null;
  return parsed?.success ? parsed.data.toISOString() : null;
};

type Editable = Pick<ArticlePreview, "format" | "content" | "body" | "blocks">;

/** The text to edit and what saving it gives; HTML is turned into Markdown unless too long to edit as Markdown (saving gives the same text either way). */
function editable(format: ArticlePreview["format"], content: string, blocks: Block[]): Editable {
  const canonical = toCanonicalText(blocks);
  if (!canonical.text) throw noEmptyText();
  if (format === "html") {
    const markdown = toMarkdown(canonical.blocks);
    if (markdown.length <= MAX_MARKDOWN_INPUT_CHARS) [format, content] = ["markdown", markdown];
  }
  return { format, content, body: canonical.text, blocks: canonical.blocks };
}

export async function previewArticleContent(
  actor: Actor,
  input: PreviewContentInput,
): Promise<ArticlePreview> {
  if (!canCreateArticle(actor))
    throw forbidden("Only reviewers, editors and admins can add articles");
  const url = input.url ?? null;
  let details = {
    title: null as string | null,
    author: null as string | null,
    outlet: null as string | null,
    publishedAt: null as string | null,
  };
  let blocks: Block[];
  if (input.format === "html" && isWholeDocument(input.content)) {
    const page = extractArticle(input.content, url ?? "about:blank");
    blocks = page.blocks;
    details = {
      title: page.title,
      author: page.byline,
      outlet: page.siteName,
      publishedAt: validDate(page.publishedTime),
    };
  } else if (input.format === "html")
    blocks = fromHtml(input.content, { baseUrl: url ?? undefined });
  else if (input.format === "markdown") blocks = fromMarkdown(input.content);
  else blocks = fromPlainText(input.content);
  const text = editable(input.format, input.content, blocks);
  return {
    ...details,
    title: details.title ?? firstHeading(text.blocks),
    url,
    ...text,
    duplicates: await findDuplicateArticles(actor, {
      urls: url ? [url] : [],
      contentHash: bodyHash(text.body),
    }),
  };
}

/** A fetched page's preview (lib/data/articles/article-preview.ts) with its text in the same editable form as pasted content. */
export type UrlPreview = Omit<FetchedArticlePreview, "format" | "content"> & Editable;

export async function previewArticleFromUrl(
  actor: Actor,
  url: string,
  options: FetchOptions = {},
): Promise<UrlPreview> {
  const fetched = await fetchArticleFromUrl(actor, url, options);
  return {
    ...fetched,
    ...editable("html", fetched.content, fromHtml(fetched.content, { baseUrl: fetched.url })),
  };
}
