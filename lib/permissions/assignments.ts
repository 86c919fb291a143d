import { canModerate, hasRoleAtLeast, type Actor, type HasRole } from "./roles";

/** Handing out work is moderation: editors and admins. */
export const canAssign = (actor: HasRole) => canModerate(actor);

/** Work goes to people who can review: reviewers and above, while their account is active. */
export function canBeAssigned(user: HasRole & { deactivatedAt: Date | null }): boolean {
  return hasRoleAtLeast(user, "reviewer") && user.deactivatedAt === null;
}

/** The assignee says they are done with it (a whole article); a moderator may close it too. */
export const canFinishAssignment = (actor: Actor, assignment: { assigneeId: string }) =>
  assignment.assigneeId === actor.id || canModerate(actor);
