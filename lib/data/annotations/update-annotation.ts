import "server-only";
import { anchorTarget } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isModeration } from "@/lib/permissions/annotations";
import type { Actor } from "@/lib/permissions/roles";
import { stateAfterEdit } from "@/lib/review/review-state";
import type { UpdateAnnotationInput } from "@/lib/validation/annotations";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import { lockAnnotation } from "@/lib/data/annotations/annotation-lock";
import { changeTransaction } from "@/lib/data/article-changes";
import { findAnnotationRow, toAnnotationView } from "@/lib/data/annotations/annotation-view";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { checkedTarget } from "@/lib/data/annotations/checked-target";

const sourceKey = (s: { url: string; title: string; quote: string }) =>
  `${s.url}\u0000${s.title}\u0000${s.quote}`;

/**
 * Changes status, note, sources and/or the span (re-attaching an orphan), but only from the version the editor read: a stale
 * version is a 409 carrying the current annotation, so the user can choose instead of
 * silently overwriting a colleague's change. The lock makes a simultaneous loser read the
 * winner's version here, so every conflict carries `details.current`.
 */
export async function updateAnnotation(
  actor: Actor,
  id: string,
  input: UpdateAnnotationInput,
): Promise<AnnotationView> {
  const { row: access, article } = await loadAnnotationFor(actor, id, "write");
  // A new span is checked on the text the actor saw; the transaction below makes sure it is still the current one.
  const target = input.target ? checkedTarget(article.body, input.target) : null;
  const db = await getDb();
  const updated = await changeTransaction(db, async (tx, changed) => {
    await lockAnnotation(tx, id);
    const current = await findAnnotationRow(tx, id);
    if (current.version !== input.version || current.deletedAt) {
      throw new AppError("CONFLICT", "Someone changed this annotation after you opened it", {
        current: current.deletedAt
          ? null
          : toAnnotationView(current, anchorTarget(article.body, current)),
      });
    }
    if (target) {
      const now = await tx.article.findUniqueOrThrow({
        where: { id: article.id },
        select: { version: true },
      });
      if (now.version !== article.version)
        throw new AppError(
          "CONFLICT",
          "The article was revised while you chose the new text: select it again",
          { articleVersion: now.version },
        );
    }
    const status = input.status ?? current.status;
    const sources = input.sources ?? current.sources;
    if (status === "sourced" && sources.length === 0) {
      throw new AppError("VALIDATION", "A sourced annotation needs at least one source", {
        fieldErrors: { sources: ["A sourced annotation needs at least one source"] },
      });
    }
    const before = {
      status: current.status,
      note: current.note,
      sources: current.sources.map(sourceKey),
    };
    const after = { status, note: input.note ?? current.note, sources: sources.map(sourceKey) };
    const moved =
      target !== null &&
      (target.start !== current.start ||
        target.end !== current.end ||
        target.exact !== current.exact ||
        current.anchorState === "orphaned");
    const edited =
      moved ||
      before.status !== after.status ||
      before.note !== after.note ||
      before.sources.join("\n") !== after.sources.join("\n");
    const reviewState = stateAfterEdit(current.reviewState, edited);
    // Placed by hand on the current text: no revision's verdict applies to it any more.
    const placement = moved
      ? { ...target, articleVersion: article.version, anchorState: null, exactBefore: null }
      : {};
    // An imported annotation's date from its file stops being its "modified" once it is changed here.
    const modified = edited ? { modifiedAt: null, contentVersion: { increment: 1 } } : {};
    await tx.annotation.update({
      where: { id },
      data: {
        status,
        note: after.note,
        reviewState,
        ...placement,
        ...modified,
        version: { increment: 1 },
      },
    });
    if (input.sources) {
      await tx.source.deleteMany({ where: { annotationId: id } });
      await tx.source.createMany({
        data: input.sources.map((s, position) => ({ ...s, annotationId: id, position })),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: isModeration(actor, access) ? "annotation.moderate" : "annotation.update",
      entityType: "annotation",
      entityId: id,
      articleId: article.id,
      before: {
        ...before,
        reviewState: current.reviewState,
        ...(moved
          ? { target: { start: current.start, end: current.end, exact: current.exact } }
          : {}),
      },
      after: {
        ...after,
        reviewState,
        ...(moved ? { target: { start: target.start, end: target.end, exact: target.exact } } : {}),
      },
    });
    changed({ articleId: article.id, annotationId: id, kind: "update" });
    return findAnnotationRow(tx, id);
  });
  return toAnnotationView(updated, anchorTarget(article.body, updated));
}
