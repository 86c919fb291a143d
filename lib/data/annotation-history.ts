import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { loadAnnotationFor } from "./annotation-access";

export type HistoryEvent = {
  id: string;
  action: string;
  actor: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
  createdAt: string;
};

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** Every recorded change to one annotation (edits, moderation, reviews, replies, settlements), oldest first. */
export async function listAnnotationHistory(actor: Actor, annotationId: string): Promise<HistoryEvent[]> {
  await loadAnnotationFor(actor, annotationId, "read", { includeDeleted: true });
  const db = await getDb();
  const events = await db.auditEvent.findMany({
    where: { entityType: "annotation", entityId: annotationId },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return events.map((e) => ({ id: e.id, action: e.action, actor: e.actor, before: parse(e.before), after: parse(e.after), createdAt: e.createdAt.toISOString() }));
}
