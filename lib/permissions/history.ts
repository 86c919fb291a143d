import { canModerate, type Actor } from "./roles";

/** A deleted annotation's history is for moderators: the author's undo needs no history. */
export const canReadDeletedAnnotationHistory = (actor: Actor) => canModerate(actor);

/** Earlier texts of a note belong to its author and the moderators; others see only that it changed. */
export function canSeeNoteVersions(actor: Actor, annotation: { authorId: string }): boolean {
  return annotation.authorId === actor.id || canModerate(actor);
}

/** A deleted reply's text stays in the audit trail for moderators only. */
export const canSeeDeletedReplies = (actor: Actor) => canModerate(actor);
