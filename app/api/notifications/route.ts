import { NextResponse } from "next/server";
import { z } from "zod";
import {
  INBOX_PAGE_SIZE,
  listNotifications,
  markNotificationsRead,
} from "@/lib/data/notifications/notifications";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";
import { readJson } from "@/lib/http/read-json";
import { idSchema } from "@/lib/validation/common";

const listQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(INBOX_PAGE_SIZE),
  })
  .strict();

/** `?page=&pageSize=` → { notifications, total, unread, page, pageSize }: every notification, a page at a time. */
export const GET = apiRoute(async ({ request, actor }) =>
  NextResponse.json(await listNotifications(actor, parseQuery(request, listQuerySchema))),
);

const markReadSchema = z.object({ ids: z.array(idSchema).max(500).optional() }).strict();

/** Mark some ({ ids }) or all ({}) of your notifications read. */
export const POST = apiRoute(async ({ request, actor }) => {
  const { ids } = await readJson(request, markReadSchema);
  return NextResponse.json({ marked: await markNotificationsRead(actor, ids) });
});
