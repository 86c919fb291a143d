import "server-only";
import { currentAnchors } from "@/lib/data/annotations/current-anchors";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { statusAgreement, statusItem, unanimousShare } from "@/lib/stats";
import { coveredLength } from "@/lib/text/coverage";
import {
  ANNOTATION_STATUSES,
  REVIEW_STATES,
  type AnnotationStatus,
  type ReviewState,
} from "@/lib/validation/annotations";
import { annotationAuthor } from "@/lib/data/annotations/annotation-view";
import {
  countOpenAssignments,
  type AssignmentCounts,
} from "@/lib/data/assignments/assignment-counts";
import { getArticle } from "@/lib/data/articles/articles";
import { personOf } from "@/lib/data/people/person-view";
import { personKey, type PersonView } from "@/lib/contracts/person";
import { annotationScope } from "@/lib/data/scopes";

const ACCOUNT = { select: { id: true, name: true } };

export type ArticleDashboard = {
  article: { id: string; title: string; bodyLength: number };
  total: number;
  byStatus: Record<AnnotationStatus, number>;
  byReviewState: Record<ReviewState, number>;
  coverage: { characters: number; share: number };
  /** `id`: the account, or for an external author (an import's, with no account here) a key of its own with `external` set. */
  people: { id: string; name: string; external: boolean; annotations: number; reviews: number }[];
  agreement: {
    reviewed: number;
    unanimous: number;
    unanimousShare: number | null;
    statusUnits: number;
    alpha: number | null;
    kappa: number | null;
  };
  /** Open and overdue assignments per assignee (lib/data/assignments/assignment-counts.ts). */
  assignments: AssignmentCounts[];
};

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Figures for one article: what was marked, how far review got, how much text is covered, and how far reviewers agree. */
export async function getArticleDashboard(
  actor: Actor,
  articleId: string,
): Promise<ArticleDashboard> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const rows = await db.annotation.findMany({
    where: { articleId: article.id, ...annotationScope(actor) },
    include: {
      author: ACCOUNT,
      creditedAuthor: ACCOUNT,
      reviews: { include: { reviewer: ACCOUNT } },
    },
  });
  const assignments = await countOpenAssignments(db, article.id);
  const byStatus = zeroes(ANNOTATION_STATUSES);
  const byReviewState = zeroes(REVIEW_STATES);
  const people = new Map<string, ArticleDashboard["people"][number]>();
  const person = (p: PersonView | null) => {
    const shown = p ?? { id: null, name: "Unknown", externalId: null };
    const key = personKey(shown);
    return (
      people.get(key) ??
      people
        .set(key, {
          id: key,
          name: shown.name,
          external: shown.id === null,
          annotations: 0,
          reviews: 0,
        })
        .get(key)!
    );
  };
  for (const row of rows) {
    byStatus[row.status]++;
    byReviewState[row.reviewState]++;
    person(annotationAuthor(row)).annotations++;
    for (const review of row.reviews)
      person(personOf(review.reviewer, review.externalReviewerName, review.externalReviewerId))
        .reviews++;
  }
  const anchors = currentAnchors(article.body, rows).filter((a) => a !== null);
  const characters = coveredLength(anchors);
  const verdicts = unanimousShare(rows.map((row) => row.reviews.map((r) => r.verdict)));
  const statuses = statusAgreement(
    rows.map((row) =>
      statusItem(
        row.status,
        row.reviews.map((r) => ({
          reviewer: r.reviewerId ?? `external:${r.externalReviewerId ?? r.externalReviewerName}`,
          verdict: r.verdict,
          proposedStatus: r.proposedStatus,
        })),
      ),
    ),
  );
  return {
    article: { id: article.id, title: article.title, bodyLength: article.body.length },
    total: rows.length,
    byStatus,
    byReviewState,
    coverage: { characters, share: article.body.length ? characters / article.body.length : 0 },
    people: [...people.values()].sort(
      (a, b) =>
        b.annotations + b.reviews - (a.annotations + a.reviews) || a.name.localeCompare(b.name),
    ),
    agreement: {
      reviewed: verdicts.reviewed,
      unanimous: verdicts.unanimous,
      unanimousShare: verdicts.share,
      statusUnits: statuses.units,
      alpha: statuses.alpha,
      kappa: statuses.kappa,
    },
    assignments,
  };
}
