import "server-only";
import { anchorTarget, type Anchor } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import {
  ANNOTATION_STATUSES,
  REVIEW_STATES,
  type AnnotationStatus,
  type CreateAnnotationInput,
  type ReviewState,
} from "@/lib/validation/annotations";
import { isAnnotationStatus } from "@/lib/validation/values";
import {
  packOutline,
  SIDEBAR_PAGE,
  type AnnotationOutline,
  type OutlineRow,
} from "@/lib/contracts/outline";
import { loadAnnotationFor } from "./annotation-access";
import { annotationWriter, newAnnotationId, newAuditId } from "./annotation-insert";
import {
  annotationInclude,
  findAnnotationRow,
  toAnnotationView,
  withReplyCounts,
} from "./annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { getArticle, getArticleUncounted } from "./articles";
import { getArticleText } from "./article-access";
import type { ArticleDetail } from "@/lib/contracts/article";
import { checkedTarget } from "./checked-target";
import { currentAnchors } from "./current-anchors";
import { outlineAccountIds, outlinePeople } from "./outline-people";
import { readerRows } from "./reader-rows";
import { annotationScope } from "./scopes";

type Anchored<T> = { row: T; anchor: Anchor | null };

/** Text order: by anchor (start, then the longer span first, then the older), orphans last in creation order. */
function inTextOrder<T extends { createdAt: Date | number }>(items: Anchored<T>[]): Anchored<T>[] {
  const placed = items
    .filter((x) => x.anchor)
    .sort(
      (a, b) =>
        a.anchor!.start - b.anchor!.start ||
        b.anchor!.end - a.anchor!.end ||
        +a.row.createdAt - +b.row.createdAt,
    );
  return [...placed, ...items.filter((x) => !x.anchor)];
}

const ROW_ORDER = [
  { start: "asc" as const },
  { end: "desc" as const },
  { createdAt: "asc" as const },
];

/** Annotations in text order; orphans (targets that no longer fit the body) last, flagged. With `ids`, only those (unknown ids are left out). */
export async function listAnnotationsForArticle(
  actor: Actor,
  articleId: string,
  options: { ids?: readonly string[] } = {},
): Promise<AnnotationView[]> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const rows = await withReplyCounts(
    db,
    await db.annotation.findMany({
      where: {
        articleId: article.id,
        ...annotationScope(actor),
        ...(options.ids ? { id: { in: [...options.ids] } } : {}),
      },
      include: annotationInclude,
      orderBy: ROW_ORDER,
    }),
  );
  const anchors = currentAnchors(article.body, rows);
  return inTextOrder(rows.map((row, i) => ({ row, anchor: anchors[i] ?? null }))).map(
    ({ row, anchor }) => toAnnotationView(row, anchor),
  );
}

export type ReaderAnnotations = {
  article: ArticleDetail;
  outline: AnnotationOutline;
  details: AnnotationView[];
};

/**
 * What the reading page starts with: the article, every annotation as a compact outline row (to
 * paint, count and filter), and in full only the first sidebar page of placed annotations and of orphans.
 */
export async function loadArticleForReading(
  actor: Actor,
  articleId: string,
): Promise<ReaderAnnotations> {
  const article = await getArticleUncounted(actor, articleId);
  const db = await getDb();
  const rows = await readerRows(db, article.id);
  // As countByStatus counts: a revision's orphans are listed apart.
  for (const row of rows)
    if (row.anchorState !== "orphaned" && isAnnotationStatus(row.status))
      article.annotationCounts[row.status]++;
  const anchors = currentAnchors(article.body, rows);
  const ordered = inTextOrder(rows.map((row, i) => ({ row, anchor: anchors[i] ?? null })));
  const placed = ordered.filter((x) => x.anchor);
  const firstPage = [
    ...placed.slice(0, SIDEBAR_PAGE),
    ...ordered.slice(placed.length, placed.length + SIDEBAR_PAGE),
  ];
  const anchorById = new Map(firstPage.map((x) => [x.row.id, x.anchor]));
  const [accounts, detailRows] = await Promise.all([
    db.user.findMany({
      where: { id: { in: outlineAccountIds(rows) } },
      select: { id: true, name: true },
    }),
    db.annotation
      .findMany({ where: { id: { in: [...anchorById.keys()] } }, include: annotationInclude })
      .then((found) => withReplyCounts(db, found)),
  ]);
  const { authors, placed: people } = outlinePeople(
    ordered.map((x) => x.row),
    accounts,
  );
  const detailById = new Map(
    detailRows.map((row) => [row.id, toAnnotationView(row, anchorById.get(row.id) ?? null)]),
  );
  return {
    article,
    outline: {
      articleId: article.id,
      authors,
      packed: packOutline(
        ordered.map(({ row, anchor }, i): OutlineRow => [
          row.id,
          ANNOTATION_STATUSES.indexOf(row.status as AnnotationStatus),
          people[i]!.author,
          REVIEW_STATES.indexOf(row.reviewState as ReviewState),
          anchor?.start ?? -1,
          anchor?.end ?? -1,
          row.createdAt,
          people[i]!.owner,
        ]),
      ),
    },
    details: firstPage.flatMap((x) => detailById.get(x.row.id) ?? []),
  };
}

/** Concurrent creates in this process are written together, one transaction per batch (annotation-insert.ts). */
const writeAnnotation = annotationWriter(getDb);

export async function createAnnotation(
  actor: Actor,
  articleId: string,
  input: CreateAnnotationInput,
): Promise<AnnotationView> {
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot annotate");
  const article = await getArticleText(actor, articleId);
  const target = checkedTarget(article.body, input.target);
  const id = newAnnotationId();
  const createdAt = new Date();
  const after = {
    status: input.status,
    note: input.note,
    sources: input.sources.map((s) => s.url),
    target,
  };
  // Answered only once the transaction holding the annotation, its sources and its audit event committed.
  await writeAnnotation({
    id,
    articleId: article.id,
    authorId: actor.id,
    status: input.status,
    note: input.note,
    ...target,
    articleVersion: article.version,
    createdAt,
    sources: input.sources,
    audit: { id: newAuditId(), after: JSON.stringify(after) },
  });
  // Everything else is what the schema's defaults make of a new annotation: no reviews, replies or settler yet.
  const row = {
    id,
    articleId: article.id,
    ...target,
    status: input.status,
    note: input.note,
    authorId: actor.id,
    creditedAuthorId: null,
    externalAuthorName: null,
    externalAuthorId: null,
    tags: null,
    modifiedAt: null,
    settledByExternalName: null,
    settledByExternalId: null,
    settlementImported: false,
    reviewState: "open",
    settledAt: null,
    settleComment: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
  const view = {
    ...row,
    author: { id: actor.id, name: actor.name },
    creditedAuthor: null,
    settledBy: null,
    sources: input.sources,
    reviews: [],
    _count: { replies: 0 },
  };
  return toAnnotationView(view, anchorTarget(article.body, row));
}

export async function getAnnotation(actor: Actor, id: string): Promise<AnnotationView> {
  const { article } = await loadAnnotationFor(actor, id, "read");
  const db = await getDb();
  const row = await findAnnotationRow(db, id);
  return toAnnotationView(row, anchorTarget(article.body, row));
}
