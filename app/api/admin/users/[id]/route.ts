import { NextResponse } from "next/server";
import { updateUserAccess } from "@/lib/data/people/user-access";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { updateUserSchema } from "@/lib/validation/admin";

/** Admins: change an account's role and/or deactivate or reactivate it → 200 { user }; 409 when that would leave no active admin. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Account");
  const changes = await readJson(request, updateUserSchema);
  return NextResponse.json({ user: await updateUserAccess(actor, id, changes) });
});
