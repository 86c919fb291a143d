"use server";

import { revalidatePath } from "next/cache";
import { sessionActor } from "@/lib/auth/auth";
import { updateTeamSettings } from "@/lib/data/team-settings";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/validation/form-state";

export async function setSignupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await sessionActor();
  if (!actor) return { ok: false, message: "Your session has ended: sign in again" };
  const allowSignup = formData.get("allowSignup") === "on";
  try {
    await updateTeamSettings(actor, { allowSignup });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/admin");
  return { ok: true, message: allowSignup ? "Self sign-up is on." : "Self sign-up is off." };
}
