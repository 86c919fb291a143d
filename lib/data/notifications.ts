import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NotificationKind = "reply" | "review" | "settlement";

/** Tells an annotation's author about others' activity on it (never about their own). */
export async function notifyAuthor(tx: Prisma.TransactionClient, annotation: { id: string; authorId: string }, actorId: string, kind: NotificationKind): Promise<void> {
  if (annotation.authorId === actorId) return;
  await tx.notification.create({ data: { userId: annotation.authorId, actorId, kind, annotationId: annotation.id } });
}
