import "server-only";
import { randomUUID } from "node:crypto";
import type { Reanchored, ReanchorResult } from "@/lib/anchoring/reanchor";
import { stateAfterEdit } from "@/lib/review/review-state";
import type { ReviewState } from "@/lib/validation/annotations";
import { auditRow } from "@/lib/data/audit/record-audit";
import type { ReanchorReport } from "@/lib/contracts/article";

export type RevisionStep = {
  articleId: string;
  fromVersion: number;
  toVersion: number;
  previousBody: string;
  body: string;
  actorId: string;
  now: Date;
};

export type AnchoredRow = {
  id: string;
  authorId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  articleVersion: number;
  anchorState: ReanchorResult | null;
  deletedAt: Date | null;
  reviewState: ReviewState;
  version: number;
  contentVersion: number;
};

type Cell = string | number | Date | null;

/** Every row a revision writes, as complete rows for bulk statements. */
export type ReanchorWrites = {
  /** Placed annotations: their target on the new text, and for reworded ones the review state and version. */
  updates: {
    id: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
    articleVersion: number;
    anchorState: ReanchorResult;
    exactBefore: string | null;
    reviewState: ReviewState;
    version: number;
    contentVersion: number;
    updatedAt: Date;
  }[];
  /** Orphans keep their last place and are only flagged. */
  orphanUpdates: { id: string; anchorState: "orphaned"; updatedAt: Date }[];
  anchorRows: Record<string, Cell>[];
  trail: ReturnType<typeof auditRow>[];
  notifications: Record<string, Cell>[];
};

const NOTIFIED: readonly ReanchorResult[] = ["moved", "changed", "orphaned"];

/** Whether a row's offsets count in the text being revised (an orphan's count in an older one). */
export const isOnPrevious = (row: AnchoredRow, step: RevisionStep) =>
  row.articleVersion === step.fromVersion && row.anchorState !== "orphaned";

/**
 * What a revision writes for each annotation, given where it was placed: its new target, the
 * place it had in the version it leaves (unless recorded already) and its result in the new one,
 * the trail of reworded claims and the authors' notifications; and the report.
 */
export function planReanchoring(
  rows: readonly AnchoredRow[],
  results: readonly Reanchored[],
  step: RevisionStep,
  recorded: ReadonlySet<string>,
): { writes: ReanchorWrites; report: ReanchorReport } {
  const report: ReanchorReport = { exact: [], moved: [], changed: [], orphaned: [], quotes: {} };
  const writes: ReanchorWrites = {
    updates: [],
    orphanUpdates: [],
    anchorRows: [],
    trail: [],
    notifications: [],
  };
  rows.forEach((row, i) => {
    const { result, target } = results[i]!;
    if (isOnPrevious(row, step) && !recorded.has(row.id)) {
      writes.anchorRows.push({
        id: randomUUID(),
        annotationId: row.id,
        articleId: step.articleId,
        articleVersion: step.fromVersion,
        result: row.anchorState ?? "exact",
        start: row.start,
        end: row.end,
        exact: row.exact,
        createdAt: step.now,
      });
    }
    writes.anchorRows.push({
      id: randomUUID(),
      annotationId: row.id,
      articleId: step.articleId,
      articleVersion: step.toVersion,
      result,
      start: target?.start ?? null,
      end: target?.end ?? null,
      exact: target?.exact ?? null,
      createdAt: step.now,
    });
    if (target) {
      const changed = result === "changed";
      // Reworded claims go back for review: a decision on the old words does not hold for new ones.
      // The version moves on too, so an editor open on the old wording gets a conflict, not a silent save.
      const reviewState = changed ? stateAfterEdit(row.reviewState, true) : row.reviewState;
      writes.updates.push({
        id: row.id,
        ...target,
        articleVersion: step.toVersion,
        anchorState: result,
        exactBefore: changed ? row.exact : null,
        reviewState,
        version: changed ? row.version + 1 : row.version,
        contentVersion: changed ? row.contentVersion + 1 : row.contentVersion,
        updatedAt: step.now,
      });
      if (changed && !row.deletedAt) {
        writes.trail.push(
          auditRow(
            {
              actorId: step.actorId,
              action: "annotation.reworded",
              entityType: "annotation",
              entityId: row.id,
              articleId: step.articleId,
              before: { target: { exact: row.exact }, reviewState: row.reviewState },
              after: { target: { exact: target.exact }, reviewState },
            },
            step.now,
          ),
        );
      }
    } else writes.orphanUpdates.push({ id: row.id, anchorState: "orphaned", updatedAt: step.now });

    if (row.deletedAt) return;
    if (result === "changed")
      report.changed.push({ id: row.id, before: row.exact, after: target!.exact });
    else report[result].push(row.id);
    if (result !== "exact") report.quotes[row.id] = row.exact;
    if (NOTIFIED.includes(result) && row.authorId !== step.actorId) {
      writes.notifications.push({
        id: randomUUID(),
        userId: row.authorId,
        actorId: step.actorId,
        kind: result,
        annotationId: row.id,
        readAt: null,
        createdAt: step.now,
      });
    }
  });
  return { writes, report };
}
