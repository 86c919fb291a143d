import { assignmentRoutes } from "@/lib/http/assignment-routes";

/** Who is assigned this annotation (to review it): { assignment } (null when nobody); editors and admins assign (201), reassign or move the due date (PATCH with version), unassign (DELETE ?version=). */
const routes = assignmentRoutes("annotation");

export const GET = routes.GET;
export const POST = routes.POST;
export const PATCH = routes.PATCH;
export const DELETE = routes.DELETE;
