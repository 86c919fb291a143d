import { sessionActor } from "@/lib/auth/auth";
import { openNotification } from "@/lib/data/notifications/notifications";
import { AppError } from "@/lib/errors";

// A relative Location keeps the browser on the address it used (the server's own idea of its host may differ behind a proxy).
const goTo = (path: string) =>
  new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });

/** Follows an inbox entry: marks it read, then opens its annotation (or the inbox when it is gone). */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const actor = await sessionActor();
  if (!actor) return goTo(`/signin?callbackUrl=${encodeURIComponent("/inbox")}`);
  try {
    return goTo((await openNotification(actor, id)) ?? "/inbox");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return goTo("/inbox");
    throw error;
  }
}
