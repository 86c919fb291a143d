import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import type { CreateAnnotationInput } from "@/lib/validation/annotations";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import {
  annotationWriter,
  newAnnotationId,
  newAuditId,
} from "@/lib/data/annotations/annotation-insert";
import {
  annotationInclude,
  findAnnotationRow,
  toAnnotationView,
  withReplyCounts,
} from "@/lib/data/annotations/annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { getArticle } from "@/lib/data/articles/articles";
import { getArticleText } from "@/lib/data/articles/article-access";
import { checkedTarget } from "@/lib/data/annotations/checked-target";
import { currentAnchors } from "@/lib/data/annotations/current-anchors";
import { annotationScope } from "@/lib/data/scopes";
import { inTextOrder } from "@/lib/data/annotations/text-order";

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
    reviewState: "open" as const,
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
