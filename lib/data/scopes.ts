import type { Prisma } from "@/lib/generated/prisma/client";
import { canSeeArchived, type Actor } from "@/lib/permissions/roles";

/**
 * The `where` of every read that an actor makes, so that a query cannot return a row the actor may
 * not see by forgetting a condition (documenso's approach): spread it into the query's `where`.
 */

/** All team members read every live article; archived ones only editors and admins. */
export function articleScope(actor: Actor): Prisma.ArticleWhereInput {
  return canSeeArchived(actor) ? {} : { archivedAt: null };
}

/**
 * Live annotations on articles in the actor's articleScope. The relation filter is left out when
 * it would allow everything, so an editor's query does not join the Article table for nothing.
 */
export function annotationScope(actor: Actor): Prisma.AnnotationWhereInput {
  return canSeeArchived(actor)
    ? { deletedAt: null }
    : { deletedAt: null, article: articleScope(actor) };
}

/** Whether a row read without a scope (a raw query, a batched read) is inside the articleScope. */
export function inArticleScope(actor: Actor, article: { archivedAt: Date | string | null }) {
  return article.archivedAt === null || canSeeArchived(actor);
}
