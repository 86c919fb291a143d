import "server-only";
import { currentAnchors } from "./current-anchors";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { statusAgreement, unanimousShare } from "@/lib/stats";
import { coveredLength } from "@/lib/text/coverage";
import { ANNOTATION_STATUSES, REVIEW_STATES, type AnnotationStatus, type ReviewState } from "@/lib/validation/annotations";
import { getArticle } from "./articles";

export type ArticleDashboard = {
  article: { id: string; title: string; bodyLength: number };
  total: number;
  byStatus: Record<AnnotationStatus, number>;
  byReviewState: Record<ReviewState, number>;
  coverage: { characters: number; share: number };
  people: { id: string; name: string; annotations: number; reviews: number }[];
  agreement: {
    reviewed: number;
    unanimous: number;
    unanimousShare: number | null;
    statusUnits: number;
    alpha: number | null;
    kappa: number | null;
  };
};

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Figures for one article: what was marked, how far review got, how much text is covered, and how far reviewers agree. */
export async function getArticleDashboard(actor: Actor, articleId: string): Promise<ArticleDashboard> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const rows = await db.annotation.findMany({
    where: { articleId: article.id, deletedAt: null },
    include: { author: { select: { id: true, name: true } }, reviews: { include: { reviewer: { select: { id: true, name: true } } } } },
  });
  const byStatus = zeroes(ANNOTATION_STATUSES);
  const byReviewState = zeroes(REVIEW_STATES);
  const people = new Map<string, { id: string; name: string; annotations: number; reviews: number }>();
  const person = (p: { id: string; name: string }) => people.get(p.id) ?? people.set(p.id, { ...p, annotations: 0, reviews: 0 }).get(p.id)!;
  for (const row of rows) {
    byStatus[row.status as AnnotationStatus]++;
    byReviewState[row.reviewState as ReviewState]++;
    person(row.author).annotations++;
    for (const review of row.reviews) person(review.reviewer).reviews++;
  }
  const anchors = currentAnchors(article.body, rows).filter((a) => a !== null);
  const characters = coveredLength(anchors);
  const verdicts = unanimousShare(rows.map((row) => row.reviews.map((r) => r.verdict as "agree" | "disagree")));
  const statuses = statusAgreement(
    rows.map((row) => ({
      authorStatus: row.status,
      proposed: row.reviews.flatMap((r) => {
        const status = r.verdict === "agree" ? row.status : r.proposedStatus;
        return status ? [{ reviewer: r.reviewerId, status }] : [];
      }),
    })),
  );
  return {
    article: { id: article.id, title: article.title, bodyLength: article.body.length },
    total: rows.length,
    byStatus,
    byReviewState,
    coverage: { characters, share: article.body.length ? characters / article.body.length : 0 },
    people: [...people.values()].sort((a, b) => b.annotations + b.reviews - (a.annotations + a.reviews) || a.name.localeCompare(b.name)),
    agreement: {
      reviewed: verdicts.reviewed,
      unanimous: verdicts.unanimous,
      unanimousShare: verdicts.share,
      statusUnits: statuses.units,
      alpha: statuses.alpha,
      kappa: statuses.kappa,
    },
  };
}
