import { NextResponse } from "next/server";
import { z } from "zod";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "@/lib/data/notifications";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { idSchema } from "@/lib/validation/common";

export const GET = apiRoute(async ({ actor }) => {
  const [notifications, unread] = await Promise.all([listNotifications(actor), countUnreadNotifications(actor)]);
  return NextResponse.json({ notifications, unread });
});

const markReadSchema = z.object({ ids: z.array(idSchema).max(500).optional() }).strict();

/** Mark some ({ ids }) or all ({}) of your notifications read. */
export const POST = apiRoute(async ({ request, actor }) => {
  const { ids } = await readJson(request, markReadSchema);
  return NextResponse.json({ marked: await markNotificationsRead(actor, ids) });
});
