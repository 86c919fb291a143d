import { canAnnotate, canModerate, type Actor } from "./roles";

/** Authors edit and delete their own annotations; editors and admins moderate anyone's. */
export function canEditAnnotation(actor: Actor, annotation: { authorId: string }): boolean {
  if (!canAnnotate(actor)) return false;
  return annotation.authorId === actor.id || canModerate(actor);
}

/** An edit by someone other than the author is moderation, and the audit trail says so. */
export function isModeration(actor: Actor, annotation: { authorId: string }): boolean {
  return annotation.authorId !== actor.id;
}

/**
 * Undo belongs to whoever deleted it, or a moderator: an author cannot bring back what a
 * moderator took down. A deletion with no recorded deleter is a moderator's to undo.
 */
export function canRestoreAnnotation(
  actor: Actor,
  annotation: { deletedById: string | null },
): boolean {
  if (!canAnnotate(actor)) return false;
  return (
    (annotation.deletedById !== null && annotation.deletedById === actor.id) || canModerate(actor)
  );
}
