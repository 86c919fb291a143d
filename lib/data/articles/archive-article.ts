import "server-only";
import { getDb } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { canModerate, type Actor } from "@/lib/permissions/roles";
import { getArticle } from "@/lib/data/articles/articles";
import type { ArticleDetail } from "@/lib/contracts/article";
import { recordAudit } from "@/lib/data/audit/record-audit";

/** Takes an article out of the library: editors and admins still find it (archived filter), nobody else does. */
export const archiveArticle = (actor: Actor, id: string) => setArchived(actor, id, true);

/** Puts an archived article back in everyone's library. */
export const restoreArticle = (actor: Actor, id: string) => setArchived(actor, id, false);

/**
 * Asking for the state an article is already in changes nothing and records nothing, so a retried
 * click or request is harmless. The role is checked before the article is looked up: a reviewer
 * learns nothing about which archived ids exist.
 */
async function setArchived(actor: Actor, id: string, archive: boolean): Promise<ArticleDetail> {
  if (!canModerate(actor))
    throw forbidden(`Only editors and admins can ${archive ? "archive" : "restore"} articles`);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!current) throw notFound("Article");
    if ((current.archivedAt !== null) === archive) return;
    const archivedAt = archive ? new Date() : null;
    // The condition makes a concurrent archive-and-restore pair settle on one state, each recorded once.
    const { count } = await tx.article.updateMany({
      where: { id, archivedAt: current.archivedAt },
      data: { archivedAt },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: archive ? "article.archive" : "article.restore",
      entityType: "article",
      entityId: id,
      articleId: id,
      before: { archivedAt: current.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
  return getArticle(actor, id);
}
