import "server-only";
import { getDb } from "@/lib/db";
import { assertInputSize, MAX_ARTICLE_BODY_CHARS } from "@/lib/article-content/limits";
import { AppError, forbidden } from "@/lib/errors";
import { canAnnotate, canModerate, type Actor } from "@/lib/permissions/roles";
import type { UpdateArticleInput } from "@/lib/validation/articles";
import { bodyHash, getArticle, type ArticleDetail } from "./articles";
import { recordAudit } from "./audit";

/**
 * Revises an article. A new body becomes a new version with its own revision row; annotations
 * keep their targets and are re-anchored to the new text when read (or listed as orphans).
 */
export async function updateArticle(actor: Actor, id: string, input: UpdateArticleInput): Promise<ArticleDetail> {
  const current = await getArticle(actor, id);
  const isCreator = current.createdBy.id === actor.id;
  if (!(canModerate(actor) || (isCreator && canAnnotate(actor)))) throw forbidden("Only the article's creator, an editor or an admin can revise it");
  const { version, ...changes } = input;
  if (changes.body !== undefined) assertInputSize(changes.body, "article text", MAX_ARTICLE_BODY_CHARS);
  const bodyChanged = changes.body !== undefined && changes.body !== current.body;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id, version },
      // A plain-text body replaces the stored structure; the hash must follow the text it fingerprints.
      data: { ...changes, ...(bodyChanged ? { version: { increment: 1 }, content: null, sourceFormat: "text", contentHash: bodyHash(changes.body!) } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", "The article was revised after you opened it", { currentVersion: current.version });
    if (bodyChanged) {
      const row = await tx.article.findUniqueOrThrow({ where: { id } });
      await tx.articleRevision.create({ data: { articleId: id, version: row.version, title: row.title, body: row.body, createdById: actor.id } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: bodyChanged ? "article.revise" : "article.update",
      entityType: "article",
      entityId: id,
      articleId: id,
      before: { title: current.title, version: current.version, bodyLength: current.body.length },
      after: { ...changes, body: undefined, bodyLength: changes.body?.length },
    });
  });
  return getArticle(actor, id);
}
