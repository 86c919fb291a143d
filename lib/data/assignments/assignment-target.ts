import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canBeAssigned } from "@/lib/permissions/assignments";
import type { Actor } from "@/lib/permissions/roles";
import { loadAnnotationFor } from "@/lib/data/annotations/annotation-access";
import type { AssignmentTarget } from "@/lib/data/assignments/assignment-view";
import { visibleArticle } from "@/lib/data/articles/article-access";

export type ResolvedTarget = { articleId: string; annotationId: string | null; ownerIds: string[] };

/** The target as the actor may see it: an annotation or article they cannot read is not found (404). */
export async function resolveAssignmentTarget(
  actor: Actor,
  target: AssignmentTarget,
): Promise<ResolvedTarget> {
  if (target.kind === "article")
    return {
      articleId: (await visibleArticle(actor, target.id)).id,
      annotationId: null,
      ownerIds: [],
    };
  const { row } = await loadAnnotationFor(actor, target.id, "read");
  return {
    articleId: row.articleId,
    annotationId: row.id,
    ownerIds: [row.authorId, row.creditedAuthorId].filter((id): id is string => !!id),
  };
}

const invalidAssignee = (message: string) =>
  new AppError("VALIDATION", message, { formErrors: [], fieldErrors: { assigneeId: [message] } });

/** The person must be able to do the work: a reviewer or above, active, and not the annotation's own author. */
export async function checkAssignee(
  assigneeId: string,
  target: ResolvedTarget,
): Promise<{ id: string; name: string }> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: assigneeId },
    select: { id: true, name: true, role: true, deactivatedAt: true },
  });
  if (!user) throw invalidAssignee("No such person");
  if (!canBeAssigned(user))
    throw invalidAssignee(
      user.deactivatedAt
        ? `${user.name}'s account is deactivated`
        : `${user.name} is a viewer and cannot review`,
    );
  if (target.ownerIds.includes(user.id))
    throw invalidAssignee("Nobody reviews their own annotation");
  return { id: user.id, name: user.name };
}
