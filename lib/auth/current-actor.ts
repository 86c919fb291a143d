import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findActorByApiToken } from "@/lib/data/people/api-tokens";
import { findActorBySession } from "@/lib/data/people/user-sessions";
import { forbidden, unauthenticated } from "@/lib/errors";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import type { Actor } from "@/lib/permissions/roles";
import { sessionActor } from "./auth";

/** API requests: a Bearer token when one is sent (and then only it), else the session cookie from our own pages. */
export async function requireApiActor(request: Request): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const actor = match?.[1] ? await findActorByApiToken(match[1]) : null;
    if (!actor) throw unauthenticated();
    return actor;
  }
  // Only cookies travel with requests that other sites make; a Bearer token never does.
  if (isCrossSiteWrite(request))
    throw forbidden("Changes must come from Factmark's own pages (cross-site request refused)");
  const actor = await sessionActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * For a request that lasts (the push stream of changes): is what signed it in still valid? The
 * same records requireApiActor read, read again: a sign-out, a revoked token or a deactivated
 * account ends it.
 */
export async function isStillSignedIn(request: Request, actor: Actor): Promise<boolean> {
  if (actor.sessionId) return (await findActorBySession(actor.id, actor.sessionId)) !== null;
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization")?.trim() ?? "");
  return match?.[1] ? (await findActorByApiToken(match[1]))?.id === actor.id : false;
}

/** One session lookup per page render: the layout and the page both ask (React's cache is per request). */
const pageSessionActor = cache(sessionActor);

/** Pages: redirect to sign-in. A convenience only: the data layer checks the actor again. */
export async function requirePageActor(returnTo?: string): Promise<Actor> {
  const actor = await pageSessionActor();
  if (!actor)
    redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return actor;
}
