import { isRole, type Actor } from "@/lib/permissions/roles";

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  deactivatedAt: Date | null;
};

/** A user row as the data layer's actor: null for a deactivated account, so its sessions and tokens stop. */
export function toActor(user: UserRow): Actor | null {
  if (user.deactivatedAt || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
