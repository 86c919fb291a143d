"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markNotificationsRead } from "@/lib/data/notifications/notifications";
import { formSubmitAction } from "@/lib/http/form-action";

export const markAllReadAction = formSubmitAction(z.object({}), async ({ actor }) => {
  await markNotificationsRead(actor);
  revalidatePath("/", "layout");
});
