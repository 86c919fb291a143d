import { NextResponse } from "next/server";
import { deleteReply, updateReply } from "@/lib/data/reviews/replies";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { updateReplySchema } from "@/lib/validation/reviews";

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Reply");
  const { body } = await readJson(request, updateReplySchema);
  return NextResponse.json({ reply: await updateReply(actor, id, body) });
});

/** The thread keeps a "deleted" placeholder. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteReply(actor, routeId(params.id, "Reply"));
  return new NextResponse(null, { status: 204 });
});
