import "server-only";
import { getDb } from "@/lib/db";
import type { ArticleSummary, StatusCounts } from "@/lib/contracts/article";

type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  stealthEditAt: Date | null;
};

export const emptyCounts = (): StatusCounts => ({ sourced: 0, disputed: 0, unverified: 0 });

export function toSummary(row: ArticleRow, counts: StatusCounts): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    stealthEditAt: row.stealthEditAt?.toISOString() ?? null,
    annotationCounts: counts,
  };
}

export async function countByStatus(articleIds: string[]): Promise<Map<string, StatusCounts>> {
  const db = await getDb();
  const groups = await db.annotation.groupBy({
    by: ["articleId", "status"],
    // Placed annotations only: a revision's orphans are listed apart. (`not` alone would drop the NULLs too.)
    where: {
      articleId: { in: articleIds },
      deletedAt: null,
      OR: [{ anchorState: null }, { anchorState: { not: "orphaned" } }],
    },
    _count: { _all: true },
  });
  const byArticle = new Map<string, StatusCounts>();
  for (const group of groups) {
    const counts = byArticle.get(group.articleId) ?? emptyCounts();
    counts[group.status] = group._count._all;
    byArticle.set(group.articleId, counts);
  }
  return byArticle;
}
