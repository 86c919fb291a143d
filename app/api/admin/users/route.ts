import { NextResponse } from "next/server";
import { createUserByAdmin, listUsers } from "@/lib/data/people/admin-users";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createUserSchema } from "@/lib/validation/admin";

export const GET = apiRoute(async ({ actor }) =>
  NextResponse.json({ users: await listUsers(actor) }),
);

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await readJson(request, createUserSchema);
  return NextResponse.json({ user: await createUserByAdmin(actor, input) }, { status: 201 });
});
