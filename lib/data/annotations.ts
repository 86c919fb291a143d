import "server-only";
import { anchorAll, anchorTarget, describeRange } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import type { CreateAnnotationInput } from "@/lib/validation/annotations";
import { loadAnnotationFor } from "./annotation-access";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { getArticle } from "./articles";
import { recordAudit } from "./audit";

/** Annotations in text order; orphans (targets that no longer fit the body) last, flagged. */
export async function listAnnotationsForArticle(actor: Actor, articleId: string): Promise<AnnotationView[]> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const rows = await db.annotation.findMany({
    where: { articleId: article.id, deletedAt: null },
    include: annotationInclude,
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  const anchors = anchorAll(article.body, rows);
  const views = rows.map((row, i) => toAnnotationView(row, anchors[i] ?? null));
  const placed = views.filter((v) => v.anchor).sort((a, b) => a.anchor!.start - b.anchor!.start || b.anchor!.end - a.anchor!.end);
  return [...placed, ...views.filter((v) => !v.anchor)];
}

export async function createAnnotation(actor: Actor, articleId: string, input: CreateAnnotationInput): Promise<AnnotationView> {
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot annotate");
  const article = await getArticle(actor, articleId);
  const { start, end, exact } = input.target;
  if (article.body.slice(start, end) !== exact) {
    throw new AppError("VALIDATION", "The target does not match the article text at start–end", { path: ["target"] });
  }
  // Context comes from the body itself, so a client cannot store a misleading prefix or suffix.
  const target = describeRange(article.body, start, end);
  if (!target || target.start !== start || target.end !== end) {
    throw new AppError("VALIDATION", "The target must not be empty or begin or end with whitespace", { path: ["target"] });
  }
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: {
        articleId: article.id,
        authorId: actor.id,
        status: input.status,
        note: input.note,
        ...target,
        articleVersion: article.version,
        sources: { create: input.sources.map((s, position) => ({ ...s, position })) },
      },
      include: annotationInclude,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.create",
      entityType: "annotation",
      entityId: created.id,
      articleId: article.id,
      after: { status: input.status, note: input.note, sources: input.sources.map((s) => s.url), target },
    });
    return created;
  });
  return toAnnotationView(row, anchorTarget(article.body, row));
}

export async function getAnnotation(actor: Actor, id: string): Promise<AnnotationView> {
  const { article } = await loadAnnotationFor(actor, id, "read");
  const db = await getDb();
  const row = await db.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
  return toAnnotationView(row, anchorTarget(article.body, row));
}

export type AnnotationChanges = { annotations: AnnotationView[]; deletedIds: string[]; cursor: string };

/** Clock skew between app instances and commit order: re-read a little of the past; clients dedupe by version. */
const CHANGE_OVERLAP_MS = 3000;

/**
 * What changed on an article since a cursor, read from the database so that it works the same
 * with several app instances on one PostgreSQL (no in-memory fan-out).
 */
export async function listAnnotationChanges(actor: Actor, articleId: string, since: Date): Promise<AnnotationChanges> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const now = new Date();
  const rows = await db.annotation.findMany({
    where: { articleId: article.id, updatedAt: { gte: new Date(since.getTime() - CHANGE_OVERLAP_MS) } },
    include: annotationInclude,
    orderBy: { updatedAt: "asc" },
    take: 2000,
  });
  const live = rows.filter((r) => !r.deletedAt);
  const anchors = anchorAll(article.body, live);
  return {
    annotations: live.map((row, i) => toAnnotationView(row, anchors[i] ?? null)),
    deletedIds: rows.filter((r) => r.deletedAt).map((r) => r.id),
    cursor: now.toISOString(),
  };
}
