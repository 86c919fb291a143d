import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";
import {
  packOutline,
  SIDEBAR_PAGE,
  type AnnotationOutline,
  type OutlineRow,
} from "@/lib/contracts/outline";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { ArticleDetail } from "@/lib/contracts/article";
import {
  annotationInclude,
  toAnnotationView,
  withReplyCounts,
} from "@/lib/data/annotations/annotation-view";
import { getArticleUncounted } from "@/lib/data/articles/articles";
import { currentAnchors } from "@/lib/data/annotations/current-anchors";
import { outlineAccountIds, outlinePeople } from "@/lib/data/annotations/outline-people";
import { readerRows } from "@/lib/data/annotations/reader-rows";
import { inTextOrder } from "@/lib/data/annotations/text-order";

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
    if (row.anchorState !== "orphaned") article.annotationCounts[row.status]++;
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
          ANNOTATION_STATUSES.indexOf(row.status),
          people[i]!.author,
          REVIEW_STATES.indexOf(row.reviewState),
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
