"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateTeamSettings } from "@/lib/data/people/team-settings";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/validation/form-state";
import { textSchema } from "@/lib/validation/text";

const teamRulesSchema = z.object({
  autoApproveAgreements: z.coerce
    .number({ message: "Enter a number" })
    .int({ message: "Enter a whole number" })
    .min(0, { message: "0 or more" })
    .max(20, { message: "At most 20" }),
  organizationName: textSchema().trim().min(1, { message: "Name the organisation" }).max(200),
});

export const setTeamRulesAction = formAction(
  teamRulesSchema,
  async ({ input, actor }): Promise<FormState> => {
    await updateTeamSettings(actor, input);
    revalidatePath("/admin");
    return { ok: true, message: "Team rules saved." };
  },
  { values: ["autoApproveAgreements", "organizationName"] },
);
