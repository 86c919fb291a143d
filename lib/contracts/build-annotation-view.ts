import type { AnnotationView } from "./annotation";

/** What every annotation has; the rest defaults to a new annotation's (no reviews, replies, tags or settlement). */
export type AnnotationViewFields = Pick<
  AnnotationView,
  | "id"
  | "articleId"
  | "status"
  | "note"
  | "sources"
  | "target"
  | "anchor"
  | "author"
  | "ownerId"
  | "reviewState"
  | "version"
  | "createdAt"
> &
  Partial<
    Pick<
      AnnotationView,
      | "anchorState"
      | "exactBefore"
      | "tags"
      | "settlement"
      | "updatedAt"
      | "modifiedAt"
      | "reviews"
      | "replyCount"
    >
  >;

/**
 * The one place an AnnotationView is assembled: the data layer from a row (toAnnotationView), the
 * reading page from an outline row (expandOutline) and the reader's optimistic copy of a new one
 * all call this, so a new field is added here once. No spread: the outline builds thousands.
 */
export function buildAnnotationView(fields: AnnotationViewFields): AnnotationView {
  const updatedAt = fields.updatedAt ?? fields.createdAt;
  return {
    id: fields.id,
    articleId: fields.articleId,
    status: fields.status,
    note: fields.note,
    sources: fields.sources,
    target: fields.target,
    anchor: fields.anchor,
    orphan: fields.anchor === null,
    anchorState: fields.anchorState ?? null,
    exactBefore: fields.exactBefore ?? null,
    author: fields.author,
    ownerId: fields.ownerId,
    tags: fields.tags ?? [],
    reviewState: fields.reviewState,
    settlement: fields.settlement ?? null,
    version: fields.version,
    createdAt: fields.createdAt,
    updatedAt,
    modifiedAt: fields.modifiedAt ?? updatedAt,
    reviews: fields.reviews ?? [],
    replyCount: fields.replyCount ?? 0,
  };
}

type DraftFields = Pick<AnnotationView, "status" | "note"> & {
  sources: { url: string; title: string; quote: string }[];
};

/** Sources as a draft holds them, as a view shows them (not yet accessed: the server sets that). */
export const draftSources = (draft: DraftFields): AnnotationView["sources"] =>
  draft.sources.map((s) => ({ url: s.url, title: s.title, quote: s.quote, accessedAt: null }));

/** The reader's stand-in for an annotation it has asked the server to create, shown until the answer. */
export function draftAnnotationView(input: {
  id: string;
  articleId: string;
  target: AnnotationView["target"];
  draft: DraftFields;
  author: { id: string; name: string };
  now: string;
}): AnnotationView {
  const { target, author } = input;
  return buildAnnotationView({
    id: input.id,
    articleId: input.articleId,
    status: input.draft.status,
    note: input.draft.note,
    sources: draftSources(input.draft),
    target: {
      start: target.start,
      end: target.end,
      exact: target.exact,
      prefix: target.prefix,
      suffix: target.suffix,
    },
    anchor: { start: target.start, end: target.end, method: "position" },
    author: { id: author.id, name: author.name },
    ownerId: author.id,
    reviewState: "open",
    version: 0,
    createdAt: input.now,
  });
}
