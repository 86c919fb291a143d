import "server-only";
import { getDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { canEditAnnotation } from "@/lib/permissions/annotations";
import type { Actor } from "@/lib/permissions/roles";
import { getArticleText } from "@/lib/data/articles/article-access";
import { articleScope } from "@/lib/data/scopes";

/**
 * Loads a live annotation the actor may see (through its article's visibility) and, when asked,
 * may change. Someone else's annotation on an article they cannot see is simply not found.
 */
export async function loadAnnotationFor(
  actor: Actor,
  id: string,
  intent: "read" | "write",
  options: { includeDeleted?: boolean } = {},
) {
  const db = await getDb();
  const row = await db.annotation.findFirst({
    where: { id, article: articleScope(actor) },
    select: { id: true, articleId: true, authorId: true, creditedAuthorId: true, deletedAt: true },
  });
  if (!row || (row.deletedAt && !options.includeDeleted)) throw notFound("Annotation");
  // An article the actor may not see hides its annotations; any other failure (the database) stays what it is, not a 404.
  const article = await getArticleText(actor, row.articleId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound("Annotation") : error;
  });
  if (intent === "write" && !canEditAnnotation(actor, row)) {
    throw forbidden(
      actor.role === "viewer"
        ? "Viewers cannot change annotations"
        : "Only the author, an editor or an admin can change this annotation",
    );
  }
  return { row, article };
}
