import { NextResponse } from "next/server";
import { createReply, listReplies } from "@/lib/data/reviews/replies";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createReplySchema } from "@/lib/validation/reviews";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  NextResponse.json({ replies: await listReplies(actor, routeId(params.id, "Annotation")) }),
);

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Annotation");
  const input = await readJson(request, createReplySchema);
  return NextResponse.json({ reply: await createReply(actor, id, input) }, { status: 201 });
});
