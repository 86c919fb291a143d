import { NextResponse } from "next/server";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { apiRoute } from "@/lib/http/api-route";

/** Admins: the audit trail, newest first; filter with ?action=&actorId=&entityType=&before=<ISO time>. */
export const GET = apiRoute(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const before = params.get("before");
  const { events } = await listAuditEvents(actor, {
    action: params.get("action") ?? undefined,
    actorId: params.get("actorId") ?? undefined,
    entityType: params.get("entityType") ?? undefined,
    before: before && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined,
  });
  return NextResponse.json({ events });
});
