import "server-only";
import { reanchorRevision } from "@/lib/anchoring/reanchor-revision";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows, updateRows } from "@/lib/data/annotations/bulk-insert";
import {
  isOnPrevious,
  planReanchoring,
  type AnchoredRow,
  type RevisionStep,
} from "@/lib/data/articles/reanchor-plan";
import type { ReanchorReport } from "@/lib/contracts/article";

const ANCHORED_ROW = {
  id: true,
  authorId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  articleVersion: true,
  anchorState: true,
  deletedAt: true,
  reviewState: true,
  version: true,
  contentVersion: true,
} as const;

/** The annotations of the article with where each sat, and which already have their place in the version being left recorded. */
export async function loadAnchoredRows(
  tx: Prisma.TransactionClient,
  step: RevisionStep,
): Promise<{ rows: AnchoredRow[]; recorded: Set<string> }> {
  const rows = await tx.annotation.findMany({
    where: { articleId: step.articleId },
    select: ANCHORED_ROW,
  });
  if (rows.length === 0) return { rows, recorded: new Set() };
  const recorded = await tx.annotationAnchor.findMany({
    where: { articleId: step.articleId, articleVersion: step.fromVersion },
    select: { annotationId: true },
  });
  return { rows, recorded: new Set(recorded.map((r) => r.annotationId)) };
}

/**
 * Re-anchors every annotation of an article on its new body, once, inside the revision's
 * transaction: the old and new texts are aligned once and each annotation follows its text
 * (reanchorRevision; only those whose words changed or moved are searched for). Targets move to
 * the new text (orphans keep their last place and are flagged), each result is recorded for the
 * new version (and the place each had in the version it leaves, so that version still opens with
 * its anchors), and authors whose annotation moved, changed or was lost are notified. The writes
 * are a few bulk statements whatever the number of annotations.
 */
export async function reanchorArticle(
  tx: Prisma.TransactionClient,
  step: RevisionStep,
): Promise<ReanchorReport> {
  const { rows, recorded } = await loadAnchoredRows(tx, step);
  const results = reanchorRevision(
    step.previousBody,
    step.body,
    rows.map((row) => ({ ...row, onPrevious: isOnPrevious(row, step) })),
  );
  const { writes, report } = planReanchoring(rows, results, step, recorded);
  await updateRows(
    tx,
    "Annotation",
    [
      "start",
      "end",
      "exact",
      "prefix",
      "suffix",
      "articleVersion",
      "anchorState",
      "exactBefore",
      "reviewState",
      "version",
      "contentVersion",
      "updatedAt",
    ],
    writes.updates,
  );
  await insertRows(
    tx,
    "AuditEvent",
    [
      "id",
      "actorId",
      "action",
      "entityType",
      "entityId",
      "articleId",
      "before",
      "after",
      "createdAt",
    ],
    writes.trail,
  );
  await updateRows(tx, "Annotation", ["anchorState", "updatedAt"], writes.orphanUpdates);
  await insertRows(
    tx,
    "AnnotationAnchor",
    [
      "id",
      "annotationId",
      "articleId",
      "articleVersion",
      "result",
      "start",
      "end",
      "exact",
      "createdAt",
    ],
    writes.anchorRows,
  );
  await insertRows(
    tx,
    "Notification",
    ["id", "userId", "actorId", "kind", "annotationId", "readAt", "createdAt"],
    writes.notifications,
  );
  return report;
}
