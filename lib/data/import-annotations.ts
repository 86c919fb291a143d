import "server-only";
import { anchorTarget, describeRange } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import type { AnnotationStatus } from "@/lib/validation/annotations";
import { getArticle } from "./articles";
import { recordAudit } from "./audit";

export type ImportCandidate = {
  status: AnnotationStatus;
  note: string;
  sources: { url: string; title: string; quote: string }[];
  target: { start?: number; end?: number; exact: string; prefix: string; suffix: string };
};

export type ImportReport = { imported: number; exact: number; fuzzy: number; orphaned: number; skipped: { index: number; reason: string }[] };

/**
 * Anchors each imported annotation by its selectors and stores them all in one transaction:
 * placed ones at their new position, orphans with their quote (listed as orphans, never dropped).
 * Imported annotations belong to the importing user; the trail records the import.
 */
export async function importAnnotations(actor: Actor, articleId: string, candidates: readonly ImportCandidate[], skipped: ImportReport["skipped"] = []): Promise<ImportReport> {
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot import annotations");
  const article = await getArticle(actor, articleId);
  const report: ImportReport = { imported: 0, exact: 0, fuzzy: 0, orphaned: 0, skipped: [...skipped] };
  const rows = candidates.map((candidate) => {
    const stored = { start: candidate.target.start ?? 0, end: candidate.target.end ?? candidate.target.exact.length, exact: candidate.target.exact, prefix: candidate.target.prefix, suffix: candidate.target.suffix };
    const anchor = anchorTarget(article.body, stored);
    if (!anchor) report.orphaned++;
    else if (anchor.method === "fuzzy") report.fuzzy++;
    else report.exact++;
    // A placed quote is stored where it now sits (with fresh context); an orphan keeps what it was given.
    const target = (anchor && describeRange(article.body, anchor.start, anchor.end)) || stored;
    return { candidate, target };
  });
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const { candidate, target } of rows) {
      const created = await tx.annotation.create({
        data: {
          articleId: article.id,
          authorId: actor.id,
          status: candidate.status,
          note: candidate.note,
          ...target,
          articleVersion: article.version,
          sources: { create: candidate.sources.map((s, position) => ({ ...s, position })) },
        },
      });
      await recordAudit(tx, { actorId: actor.id, action: "annotation.import", entityType: "annotation", entityId: created.id, articleId: article.id, after: { status: candidate.status, note: candidate.note } });
    }
    await recordAudit(tx, { actorId: actor.id, action: "article.import", entityType: "article", entityId: article.id, articleId: article.id, after: { imported: rows.length, exact: report.exact, fuzzy: report.fuzzy, orphaned: report.orphaned } });
  });
  report.imported = rows.length;
  return report;
}
