import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { encodeChangeCursor, type ChangeCursor } from "@/lib/validation/change-cursor";
import { annotationInclude, toAnnotationView, withReplyCounts } from "./annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { getArticleText } from "./article-access";
import { currentAnchors } from "./current-anchors";

export type AnnotationChanges = {
  annotations: AnnotationView[];
  deletedIds: string[];
  cursor: string;
  /** More changes are waiting: ask again with the cursor at once, not after the usual pause. */
  hasMore: boolean;
  /** The article's version now: an open page of an older one is told to reload (its text changed). */
  articleVersion: number;
};

/** Clock skew between app instances and commit order: re-read a little of the past; clients dedupe by version. */
const CHANGE_OVERLAP_MS = 3000;
/** A 5,000-annotation import arrives in a few pages, each a modest answer. */
export const CHANGE_PAGE = 1000;

/**
 * What changed on an article since a cursor, read from the database so that it works the same
 * with several app instances on one PostgreSQL (no in-memory fan-out). A burst larger than a page
 * is paged by (updatedAt, id), so none of it is skipped; the last page's cursor is the time it
 * was read.
 */
export async function listAnnotationChanges(
  actor: Actor,
  articleId: string,
  cursor: ChangeCursor,
): Promise<AnnotationChanges> {
  // Every open page asks about once a second: the access check and version, and the text from the per-process cache (not the article with its counts).
  const article = await getArticleText(actor, articleId);
  const db = await getDb();
  const now = new Date();
  const after = cursor.after;
  const rows = await db.annotation.findMany({
    where: {
      articleId: article.id,
      updatedAt: { gte: new Date(cursor.since.getTime() - CHANGE_OVERLAP_MS) },
      ...(after
        ? {
            OR: [
              { updatedAt: { gt: after.updatedAt } },
              { updatedAt: after.updatedAt, id: { gt: after.id } },
            ],
          }
        : {}),
    },
    include: annotationInclude,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: CHANGE_PAGE + 1,
  });
  const hasMore = rows.length > CHANGE_PAGE;
  const page = hasMore ? rows.slice(0, CHANGE_PAGE) : rows;
  const live = await withReplyCounts(
    db,
    page.filter((r) => !r.deletedAt),
  );
  const anchors = currentAnchors(article.body, live);
  const last = page.at(-1);
  return {
    annotations: live.map((row, i) => toAnnotationView(row, anchors[i] ?? null)),
    deletedIds: page.filter((r) => r.deletedAt).map((r) => r.id),
    cursor: encodeChangeCursor(
      hasMore && last
        ? { since: cursor.since, after: { updatedAt: last.updatedAt, id: last.id } }
        : { since: now, after: null },
    ),
    hasMore,
    articleVersion: article.version,
  };
}
