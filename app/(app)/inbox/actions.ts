"use server";

import { revalidatePath } from "next/cache";
import { sessionActor } from "@/lib/auth/auth";
import { markNotificationsRead } from "@/lib/data/notifications";

export async function markAllReadAction(): Promise<void> {
  const actor = await sessionActor();
  if (!actor) return;
  await markNotificationsRead(actor);
  revalidatePath("/", "layout");
}
