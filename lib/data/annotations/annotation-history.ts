import "server-only";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import {
  canReadDeletedAnnotationHistory,
  canSeeDeletedReplies,
  canSeeNoteVersions,
} from "@/lib/permissions/history";
import type { Actor } from "@/lib/permissions/roles";
import { reviewsOnPreviousVersions } from "@/lib/review/previous-version-reviews";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import type { HistoryEvent } from "@/lib/contracts/history";

type Fields = Record<string, unknown> | null;

const parse = (json: string | null): Fields =>
  json === null ? null : (JSON.parse(json) as Fields);

const omit = (side: Fields, field: string): Fields =>
  side && field in side
    ? Object.fromEntries(Object.entries(side).filter(([key]) => key !== field))
    : side;

/** Leaves the fields out of both sides, and names those the event set or changed (a missing side counts as empty). */
function withhold(
  before: Fields,
  after: Fields,
  fields: string[],
): { before: Fields; after: Fields; redacted: string[] } {
  const redacted = fields.filter((field) => (before?.[field] ?? "") !== (after?.[field] ?? ""));
  return { before: fields.reduce(omit, before), after: fields.reduce(omit, after), redacted };
}

/**
 * Every recorded change to one annotation (edits, moderation, reviews, replies, settlements),
 * oldest first. The audit rows stay whole; what a viewer may read of them is decided here.
 */
export async function listAnnotationHistory(
  actor: Actor,
  annotationId: string,
): Promise<HistoryEvent[]> {
  const { row } = await loadAnnotationFor(actor, annotationId, "read", { includeDeleted: true });
  if (row.deletedAt && !canReadDeletedAnnotationHistory(actor)) throw notFound("Annotation");
  const db = await getDb();
  const [events, deletedReplies] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: "annotation", entityId: annotationId },
      include: { actor: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    canSeeDeletedReplies(actor)
      ? []
      : db.reply.findMany({
          where: { annotationId, deletedAt: { not: null } },
          select: { id: true },
        }),
  ]);
  const hiddenReplies = new Set(deletedReplies.map((r) => r.id));
  const hideNotes = !canSeeNoteVersions(actor, row);
  const parsed = events.map((e) => ({
    action: e.action,
    before: parse(e.before),
    after: parse(e.after),
  }));
  const overtaken = reviewsOnPreviousVersions(parsed);
  return events.map((e, i) => {
    const { before, after } = parsed[i]!;
    const replyId = before?.replyId ?? after?.replyId;
    const hidden = [
      ...(hideNotes && e.action.startsWith("annotation.") ? ["note"] : []),
      ...(typeof replyId === "string" && hiddenReplies.has(replyId) ? ["body"] : []),
    ];
    return {
      id: e.id,
      action: e.action,
      actor: e.actor,
      ...withhold(before, after, hidden),
      createdAt: e.createdAt.toISOString(),
      ...(overtaken.has(i) ? { onPreviousVersion: true as const } : {}),
    };
  });
}
