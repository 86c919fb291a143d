import "server-only";
import { randomUUID } from "node:crypto";
import { reanchorTargets, type ReanchorResult } from "@/lib/anchoring/reanchor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stateAfterEdit } from "@/lib/review/review-state";
import type { ReviewState } from "@/lib/validation/annotations";
import { auditRow } from "./audit";
import { insertRows, updateRows } from "./bulk-insert";

/** Per live annotation, what a revision did to it (PATCH /api/articles/:id answers it). */
export type ReanchorReport = {
  exact: string[];
  moved: string[];
  changed: { id: string; before: string; after: string }[];
  orphaned: string[];
  /** The quoted text of each moved, changed or orphaned annotation (as it was before the revision), to show beside its id. */
  quotes: Record<string, string>;
};

type Step = { articleId: string; fromVersion: number; toVersion: number; body: string; actorId: string; now: Date };

const NOTIFIED: readonly ReanchorResult[] = ["moved", "changed", "orphaned"];

/**
 * Re-anchors every annotation of an article on its new body, once, inside the revision's
 * transaction: targets move to the new text (orphans keep their last place and are flagged), each
 * result is recorded for the new version (and the place each had in the version it leaves, so that
 * version still opens with its anchors), and authors whose annotation moved, changed or was lost
 * are notified. Writes are a few bulk statements whatever the number of annotations.
 */
export async function reanchorArticle(tx: Prisma.TransactionClient, step: Step): Promise<ReanchorReport> {
  const rows = await tx.annotation.findMany({
    where: { articleId: step.articleId },
    select: { id: true, authorId: true, start: true, end: true, exact: true, prefix: true, suffix: true, articleVersion: true, anchorState: true, deletedAt: true, reviewState: true, version: true, contentVersion: true },
  });
  const report: ReanchorReport = { exact: [], moved: [], changed: [], orphaned: [], quotes: {} };
  if (rows.length === 0) return report;
  const results = reanchorTargets(step.body, rows);

  const recorded = new Set(
    (await tx.annotationAnchor.findMany({ where: { articleId: step.articleId, articleVersion: step.fromVersion }, select: { annotationId: true } })).map((r) => r.annotationId),
  );
  const anchorRows: Record<string, string | number | Date | null>[] = [];
  const updates: { id: string; start: number; end: number; exact: string; prefix: string; suffix: string; articleVersion: number; anchorState: string; exactBefore: string | null; reviewState: string; version: number; contentVersion: number; updatedAt: Date }[] = [];
  const trail: ReturnType<typeof auditRow>[] = [];
  const orphanUpdates: { id: string; anchorState: string; updatedAt: Date }[] = [];
  const notifications: Record<string, string | Date | null>[] = [];

  rows.forEach((row, i) => {
    const { result, target } = results[i]!;
    const placedBefore = row.articleVersion === step.fromVersion && row.anchorState !== "orphaned";
    if (placedBefore && !recorded.has(row.id)) {
      anchorRows.push({ id: randomUUID(), annotationId: row.id, articleId: step.articleId, articleVersion: step.fromVersion, result: row.anchorState ?? "exact", start: row.start, end: row.end, exact: row.exact, createdAt: step.now });
    }
    anchorRows.push({ id: randomUUID(), annotationId: row.id, articleId: step.articleId, articleVersion: step.toVersion, result, start: target?.start ?? null, end: target?.end ?? null, exact: target?.exact ?? null, createdAt: step.now });
    if (target) {
      const changed = result === "changed";
      const exactBefore = changed ? row.exact : null;
      // Reworded claims go back for review: a decision on the old words does not hold for new ones.
      // The version moves on too, so an editor open on the old wording gets a conflict, not a silent save.
      const reviewState = changed ? stateAfterEdit(row.reviewState as ReviewState, true) : row.reviewState;
      updates.push({ id: row.id, ...target, articleVersion: step.toVersion, anchorState: result, exactBefore, reviewState, version: changed ? row.version + 1 : row.version, contentVersion: changed ? row.contentVersion + 1 : row.contentVersion, updatedAt: step.now });
      if (changed && !row.deletedAt) {
        trail.push(auditRow({ actorId: step.actorId, action: "annotation.reworded", entityType: "annotation", entityId: row.id, articleId: step.articleId, before: { target: { exact: row.exact }, reviewState: row.reviewState }, after: { target: { exact: target.exact }, reviewState } }, step.now));
      }
    } else orphanUpdates.push({ id: row.id, anchorState: "orphaned", updatedAt: step.now });

    if (row.deletedAt) return;
    if (result === "changed") report.changed.push({ id: row.id, before: row.exact, after: target!.exact });
    else report[result].push(row.id);
    if (result !== "exact") report.quotes[row.id] = row.exact;
    if (NOTIFIED.includes(result) && row.authorId !== step.actorId) {
      notifications.push({ id: randomUUID(), userId: row.authorId, actorId: step.actorId, kind: result, annotationId: row.id, readAt: null, createdAt: step.now });
    }
  });

  await updateRows(tx, "Annotation", ["start", "end", "exact", "prefix", "suffix", "articleVersion", "anchorState", "exactBefore", "reviewState", "version", "contentVersion", "updatedAt"], updates);
  await insertRows(tx, "AuditEvent", ["id", "actorId", "action", "entityType", "entityId", "articleId", "before", "after", "createdAt"], trail);
  await updateRows(tx, "Annotation", ["anchorState", "updatedAt"], orphanUpdates);
  await insertRows(tx, "AnnotationAnchor", ["id", "annotationId", "articleId", "articleVersion", "result", "start", "end", "exact", "createdAt"], anchorRows);
  await insertRows(tx, "Notification", ["id", "userId", "actorId", "kind", "annotationId", "readAt", "createdAt"], notifications);
  return report;
}
