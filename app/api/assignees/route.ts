import { NextResponse } from "next/server";
import { listAssignablePeople } from "@/lib/data/assignments/assignees";
import { apiRoute } from "@/lib/http/api-route";

/** Editors and admins: who work can be assigned to → { people: [{ id, name, role }] }. */
export const GET = apiRoute(async ({ actor }) =>
  NextResponse.json({ people: await listAssignablePeople(actor) }),
);
