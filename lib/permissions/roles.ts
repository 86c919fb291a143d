export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user (or API token owner) on whose behalf the data layer acts. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The browser session acting, when not an API token. */ sessionId?: string;
};

/** What the role checks read: an Actor, or a client component's signed-in user ({ id, name, role }). */
export type HasRole = Pick<Actor, "role">;

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, editor: 2, admin: 3 };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasRoleAtLeast(actor: HasRole, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

export const canCreateArticle = (actor: HasRole) => hasRoleAtLeast(actor, "reviewer");
export const canAnnotate = (actor: HasRole) => hasRoleAtLeast(actor, "reviewer");
export const canModerate = (actor: HasRole) => hasRoleAtLeast(actor, "editor");
export const canSeeArchived = (actor: HasRole) => hasRoleAtLeast(actor, "editor");
/** Its creator (while a reviewer or above), editors and admins revise an article's text. */
export const canReviseArticle = (actor: Actor, article: { createdBy: { id: string } }) =>
  canModerate(actor) || (article.createdBy.id === actor.id && canAnnotate(actor));
export const canManageTeam = (actor: HasRole) => actor.role === "admin";
