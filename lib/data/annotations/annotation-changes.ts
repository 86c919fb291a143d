import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import type { AnnotationChanges } from "@/lib/contracts/changes";
import {
  annotationInclude,
  toAnnotationView,
  withReplyCounts,
} from "@/lib/data/annotations/annotation-view";
import { getArticleText } from "@/lib/data/articles/article-access";
import { currentAnchors } from "@/lib/data/annotations/current-anchors";

/**
 * Change rows per answer. Their annotations are read with one `in` list, which stays within
 * SQLite's 999 bound parameters; a 5,000-annotation import arrives in ten modest answers.
 */
export const CHANGE_PAGE = 500;

/** Where a page opened now starts following the article: read before the page reads the annotations. */
export async function latestChangeSeq(actor: Actor, articleId: string): Promise<number> {
  const article = await getArticleText(actor, articleId);
  const db = await getDb();
  const { _max } = await db.articleChange.aggregate({
    where: { articleId: article.id },
    _max: { seq: true },
  });
  return _max.seq ?? 0;
}

/**
 * What changed on an article after the change `after`, from the change log (lib/data/article-changes.ts),
 * a page at a time. Each changed annotation comes as it is now (a deleted one by its id), so one
 * changed three times in a page comes once; clients keep the newest version they have.
 */
export async function listAnnotationChanges(
  actor: Actor,
  articleId: string,
  after: number,
): Promise<AnnotationChanges> {
  const article = await getArticleText(actor, articleId);
  const db = await getDb();
  const log = await db.articleChange.findMany({
    where: { articleId: article.id, seq: { gt: after } },
    select: { seq: true, annotationId: true },
    orderBy: { seq: "asc" },
    take: CHANGE_PAGE + 1,
  });
  const hasMore = log.length > CHANGE_PAGE;
  const page = hasMore ? log.slice(0, CHANGE_PAGE) : log;
  // Each annotation once, where its last change in the page sits: the answer is in change order.
  const lastAt = new Map(page.flatMap((c, i) => (c.annotationId ? [[c.annotationId, i]] : [])));
  const ids = [...lastAt.keys()];
  const found = ids.length
    ? await db.annotation.findMany({
        where: { id: { in: ids }, articleId: article.id },
        include: annotationInclude,
      })
    : [];
  const rows = found.sort((x, y) => lastAt.get(x.id)! - lastAt.get(y.id)!);
  const live = await withReplyCounts(
    db,
    rows.filter((r) => !r.deletedAt),
  );
  const anchors = currentAnchors(article.body, live);
  return {
    annotations: live.map((row, i) => toAnnotationView(row, anchors[i] ?? null)),
    deletedIds: rows.filter((r) => r.deletedAt).map((r) => r.id),
    cursor: String(page.at(-1)?.seq ?? after),
    hasMore,
    articleVersion: article.version,
  };
}
