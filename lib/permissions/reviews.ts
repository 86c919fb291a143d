import { canAnnotate, canModerate, type Actor, type HasRole } from "./roles";

/**
 * Reviewers and above review others' annotations; nobody reviews their own: one they own here, nor
 * an imported one credited to them as its writer.
 */
export function canReview(
  actor: Actor,
  annotation: { authorId: string; creditedAuthorId?: string | null },
): boolean {
  return (
    canAnnotate(actor) &&
    annotation.authorId !== actor.id &&
    annotation.creditedAuthorId !== actor.id
  );
}

export const canReply = (actor: HasRole) => canAnnotate(actor);
export const canSettle = (actor: HasRole) => canModerate(actor);

/** Reply authors edit and delete their own replies; editors and admins moderate. */
export function canChangeReply(actor: Actor, reply: { authorId: string }): boolean {
  return canAnnotate(actor) && (reply.authorId === actor.id || canModerate(actor));
}
