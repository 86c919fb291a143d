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
