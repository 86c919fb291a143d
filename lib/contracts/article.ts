import type { Block } from "@/lib/article-content/blocks";
import { CONTENT_FORMATS } from "@/lib/article-content/formats";
import { ANNOTATION_STATUSES } from "@/lib/validation/constants";
import { accountSchema } from "./person";
import { z } from "./zod";

/** An article's structure: built and checked by lib/article-content, carried here as it is. */
const blocksSchema = z.custom<Block[]>((value) => Array.isArray(value));

const statusCountsSchema = z.record(z.enum(ANNOTATION_STATUSES), z.number());
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.nullable(z.string()),
  author: z.nullable(z.string()),
  url: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When an editor archived it (only editors and admins see archived articles); null: live. */
  archivedAt: z.nullable(z.string()),
  /** When a re-fetch found the published text changed without notice; null: never seen. */
  stealthEditAt: z.nullable(z.string()),
  annotationCounts: statusCountsSchema,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleDetailSchema = z.extend(articleSummarySchema, {
  body: z.string(),
  /** The article's structure, whose canonical text is body; null for plain paragraphs. */
  blocks: z.nullable(blocksSchema),
  createdBy: accountSchema,
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

/** Choices for the library's filters. */
export const articleFacetsSchema = z.object({
  outlets: z.array(z.string()),
  adders: z.array(accountSchema),
});
export type ArticleFacets = z.infer<typeof articleFacetsSchema>;

const duplicateArticleSchema = z.object({ id: z.string(), title: z.string() });
export type DuplicateArticle = z.infer<typeof duplicateArticleSchema>;

/** The answer of POST /api/articles/preview (lib/data/articles/preview-article.ts). */
const articlePreviewSchema = z.object({
  title: z.nullable(z.string()),
  author: z.nullable(z.string()),
  outlet: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  url: z.nullable(z.string()),
  format: z.enum(CONTENT_FORMATS),
  content: z.string(),
  body: z.string(),
  blocks: blocksSchema,
  duplicates: z.array(duplicateArticleSchema),
  /** Set when the page was fetched from its URL: saving with it keeps the fetched original as the archived copy. */
  fetchId: z.optional(z.string()),
  fetchedAt: z.optional(z.string()),
});
export type ArticlePreview = z.infer<typeof articlePreviewSchema>;
export const articlePreviewAnswerSchema = z.object({ preview: articlePreviewSchema });

export const createdArticleSchema = z.object({ article: z.object({ id: z.string() }) });

/** Per live annotation, what a revision did to it (PATCH /api/articles/:id answers it). */
const reanchorReportSchema = z.object({
  exact: z.array(z.string()),
  moved: z.array(z.string()),
  changed: z.array(z.object({ id: z.string(), before: z.string(), after: z.string() })),
  orphaned: z.array(z.string()),
  /** The quoted text of each moved, changed or orphaned annotation (as it was before the revision), to show beside its id. */
  quotes: z.record(z.string(), z.string()),
});
export type ReanchorReport = z.infer<typeof reanchorReportSchema>;

/** A re-fetch's verdict on a changed text: the outlet's note, or a stealth edit when it gave none. */
const refetchVerdictSchema = z.object({
  changed: z.boolean(),
  stealthEdit: z.boolean(),
  correctionNote: z.nullable(z.string()),
});

/** PATCH /api/articles/:id's answer for a new text (lib/data/articles/update-article.ts), as the page reads it. */
export const revisionAnswerSchema = z.object({
  article: z.object({ id: z.string(), version: z.number(), body: z.string() }),
  /** What the new text did to each annotation; null when the text did not change. */
  reanchoring: z.nullable(reanchorReportSchema),
  refetch: z.nullable(refetchVerdictSchema),
});
export type RevisionAnswer = z.infer<typeof revisionAnswerSchema>;

export const publicationStateSchema = z.object({
  slug: z.string(),
  path: z.string(),
  published: z.boolean(),
  publishedAt: z.nullable(z.string()),
});
export type PublicationState = z.infer<typeof publicationStateSchema>;

/** GET, POST and DELETE /api/articles/:id/publication. */
export const publicationAnswerSchema = z.object({
  publication: z.nullable(z.extend(publicationStateSchema, { url: z.string() })),
});
