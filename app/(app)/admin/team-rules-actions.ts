"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sessionActor } from "@/lib/auth/auth";
import { updateTeamSettings } from "@/lib/data/team-settings";
import { AppError } from "@/lib/errors";
import { submittedValues, type FormState } from "@/lib/validation/form-state";
import { textSchema } from "@/lib/validation/text";

const teamRulesSchema = z.object({
  autoApproveAgreements: z.coerce.number({ message: "Enter a number" }).int({ message: "Enter a whole number" }).min(0, { message: "0 or more" }).max(20, { message: "At most 20" }),
  organizationName: textSchema().trim().min(1, { message: "Name the organisation" }).max(200),
});

export async function setTeamRulesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["autoApproveAgreements", "organizationName"]);
  const parsed = teamRulesSchema.safeParse(values);
  if (!parsed.success) return { ok: false, values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const actor = await sessionActor();
  if (!actor) return { ok: false, values, message: "Your session has ended: sign in again" };
  try {
    await updateTeamSettings(actor, parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, values, message: error.message };
    throw error;
  }
  revalidatePath("/admin");
  return { ok: true, message: "Team rules saved." };
}
