import { isStillSignedIn } from "@/lib/auth/current-actor";
import { listAnnotationChanges } from "@/lib/data/annotations/annotation-changes";
import { subscribeToChanges } from "@/lib/data/change-bus";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { changeStreamResponse, streamStart } from "@/lib/http/change-stream";

// A long-lived response fed by this process's LISTEN connection or in-process bus.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The push stream of an article's change feed (Server-Sent Events), for open pages: signed in as
 * every API route is, and the article's access checked before the stream starts (a 404 is a 404)
 * and on every read after.
 */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const articleId = routeId(params.id, "Article");
  const from = streamStart(request);
  const first = await listAnnotationChanges(actor, articleId, from);
  return changeStreamResponse(request.signal, from, first, {
    read: (after) => listAnnotationChanges(actor, articleId, after),
    subscribe: (onChange) => subscribeToChanges(articleId, onChange),
    isStillSignedIn: () => isStillSignedIn(request, actor),
  });
});
