import type { Role } from "@/lib/permissions/roles";

export const ROLE_LABEL: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
};

/** What each role may do, shown beside the role choices so admins pick knowingly. */
export const ROLE_HINT: Record<Role, string> = {
  admin: "everything, plus people, roles and team rules",
  editor: "settles reviews and moderates anyone's annotations",
  reviewer: "adds articles, annotates and reviews",
  viewer: "reads and exports",
};
