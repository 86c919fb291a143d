// The revision's naive baseline: what saving a revision did with one annotation at a time. Each
// annotation is searched for on its own in the whole new text (reanchorTargets), and each of its
// rows is its own statement (one update per annotation, one insert per anchor record, audit event
// and notification), in one transaction as the real save. Same plan, same rows, same report.
import { reanchorTargets } from "@/lib/anchoring/reanchor";
import { bodyHash } from "@/lib/data/articles/articles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { loadAnchoredRows } from "@/lib/data/articles/reanchor-article";
import { planReanchoring } from "@/lib/data/articles/reanchor-plan";
import type { ReanchorReport } from "@/lib/contracts/article";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/roles";

/** Generous: one statement per row takes seconds at 1,000 annotations, past Prisma's 5 s default on a loaded machine. */
const TIMEOUT_MS = 120_000;

export async function reviseOneByOne(
  actor: Actor,
  id: string,
  body: string,
): Promise<ReanchorReport> {
  const db = await getDb();
  const current = await db.article.findUniqueOrThrow({
    where: { id },
    select: { version: true, title: true, body: true },
  });
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      await tx.article.update({
        where: { id, version: current.version },
        data: {
          body,
          version: { increment: 1 },
          content: null,
          sourceFormat: "text",
          contentHash: bodyHash(body),
        },
      });
      const toVersion = current.version + 1;
      await tx.articleRevision.create({
        data: {
          articleId: id,
          version: toVersion,
          title: current.title,
          body,
          source: "edit",
          createdById: actor.id,
        },
      });
      const step = {
        articleId: id,
        fromVersion: current.version,
        toVersion,
        previousBody: current.body,
        body,
        actorId: actor.id,
        now,
      };
      const { rows, recorded } = await loadAnchoredRows(tx, step);
      const { writes, report } = planReanchoring(rows, reanchorTargets(body, rows), step, recorded);
      for (const { id: annotationId, ...data } of writes.updates)
        await tx.annotation.update({ where: { id: annotationId }, data });
      for (const { id: annotationId, ...data } of writes.orphanUpdates)
        await tx.annotation.update({ where: { id: annotationId }, data });
      for (const row of writes.anchorRows)
        await tx.annotationAnchor.create({
          data: row as Prisma.AnnotationAnchorUncheckedCreateInput,
        });
      for (const row of writes.trail) await tx.auditEvent.create({ data: row });
      for (const row of writes.notifications)
        await tx.notification.create({ data: row as Prisma.NotificationUncheckedCreateInput });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.revise",
        entityType: "article",
        entityId: id,
        articleId: id,
        before: { version: current.version },
        after: { bodyLength: body.length },
      });
      return report;
    },
    { timeout: TIMEOUT_MS },
  );
}
