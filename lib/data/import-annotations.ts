import "server-only";
import { randomUUID } from "node:crypto";
import { anchorPrepared, describeRange, prepareBody } from "@/lib/anchoring";
import { yieldingMap } from "@/lib/yielding-map";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import type { AnnotationStatus } from "@/lib/validation/annotations";
import { getArticle } from "./articles";
import { auditRow } from "./audit";
import { insertRows } from "./bulk-insert";

export type ImportCandidate = {
  status: AnnotationStatus;
  note: string;
  sources: { url: string; title: string; quote: string }[];
  target: { start?: number; end?: number; exact: string; prefix: string; suffix: string };
};

export type ImportReport = { imported: number; exact: number; fuzzy: number; orphaned: number; skipped: { index: number; reason: string }[] };

/** Generous: writing 10,000 annotations with sources and trail takes well under a second on either database. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

const ANNOTATION_COLUMNS = ["id", "articleId", "authorId", "status", "note", "start", "end", "exact", "prefix", "suffix", "articleVersion", "reviewState", "version", "createdAt", "updatedAt"] as const;
const SOURCE_COLUMNS = ["id", "annotationId", "position", "url", "title", "quote"] as const;
const AUDIT_COLUMNS = ["id", "actorId", "action", "entityType", "entityId", "articleId", "before", "after", "createdAt"] as const;

/**
 * Anchors each imported annotation by its selectors and stores them all in one transaction:
 * placed ones at their new position, orphans with their quote (listed as orphans, never dropped).
 * Imported annotations belong to the importing user; the trail records the import.
 * Anchoring yields to the event loop as it goes and every row is prepared before the transaction,
 * which is then a few multi-row INSERTs: 10,000 annotations neither stall other requests nor hold
 * a connection (on SQLite, the only one) for long.
 */
export async function importAnnotations(actor: Actor, articleId: string, candidates: readonly ImportCandidate[], skipped: ImportReport["skipped"] = []): Promise<ImportReport> {
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot import annotations");
  const article = await getArticle(actor, articleId);
  const report: ImportReport = { imported: 0, exact: 0, fuzzy: 0, orphaned: 0, skipped: [...skipped] };
  const body = prepareBody(article.body);
  const placed = await yieldingMap(candidates, (candidate) => {
    const stored = { start: candidate.target.start ?? 0, end: candidate.target.end ?? candidate.target.exact.length, exact: candidate.target.exact, prefix: candidate.target.prefix, suffix: candidate.target.suffix };
    const anchor = anchorPrepared(body, stored);
    if (!anchor) report.orphaned++;
    else if (anchor.method === "fuzzy") report.fuzzy++;
    else report.exact++;
    // A placed quote is stored where it now sits (with fresh context); an orphan keeps what it was given.
    const target = (anchor && describeRange(article.body, anchor.start, anchor.end)) || stored;
    return { id: randomUUID(), candidate, target };
  });
  const now = new Date();
  const annotations = placed.map(({ id, candidate, target }) => ({ id, articleId: article.id, authorId: actor.id, status: candidate.status, note: candidate.note, ...target, articleVersion: article.version, reviewState: "open", version: 1, createdAt: now, updatedAt: now }));
  const sources = placed.flatMap(({ id, candidate }) => candidate.sources.map((s, position) => ({ id: randomUUID(), annotationId: id, position, url: s.url, title: s.title, quote: s.quote })));
  const trail = placed.map(({ id, candidate }) => auditRow({ actorId: actor.id, action: "annotation.import", entityType: "annotation", entityId: id, articleId: article.id, after: { status: candidate.status, note: candidate.note } }, now));
  trail.push(auditRow({ actorId: actor.id, action: "article.import", entityType: "article", entityId: article.id, articleId: article.id, after: { imported: placed.length, exact: report.exact, fuzzy: report.fuzzy, orphaned: report.orphaned } }, now));

  const db = await getDb();
  await db.$transaction(async (tx) => {
    // Anchoring let other requests run, so the article may have been revised meanwhile: the offsets would not fit it.
    const unchanged = await tx.article.count({ where: { id: article.id, version: article.version } });
    if (unchanged === 0) throw new AppError("CONFLICT", "The article changed while the import was being placed; import the file again");
    await insertRows(tx, "Annotation", ANNOTATION_COLUMNS, annotations);
    await insertRows(tx, "Source", SOURCE_COLUMNS, sources);
    await insertRows(tx, "AuditEvent", AUDIT_COLUMNS, trail);
  }, TRANSACTION_OPTIONS);
  report.imported = placed.length;
  return report;
}
