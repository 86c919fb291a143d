import { NextResponse } from "next/server";
import { createInvitation } from "@/lib/data/people/admin-users";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createInvitationSchema } from "@/lib/validation/admin";

/** Admins: invite someone → 201 { user, link }; the one-time set-password link (a path on this site) is not shown again. */
export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, createInvitationSchema);
  return NextResponse.json(await createInvitation(actor, input), { status: 201 });
});
