"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createInvitation } from "@/lib/data/people/admin-users";
import { changeUserRole, setUserActive } from "@/lib/data/people/user-access";
import { updateTeamSettings } from "@/lib/data/people/team-settings";
import { formAction } from "@/lib/http/form-action";
import { canManageTeam } from "@/lib/permissions/roles";
import { activeFormSchema, createInvitationSchema, roleFormSchema } from "@/lib/validation/admin";
import type { FormState } from "@/lib/validation/form-state";

/** What the invite form gets back: on success the link, shown once and kept nowhere else. */
export type InviteState = FormState | { ok: true; email: string; name: string; url: string };

// A checkbox sends "on" when ticked and nothing when not.
const signupFormSchema = z.object({
  allowSignup: z
    .string()
    .catch("")
    .transform((value) => value === "on"),
});

export const setSignupAction = formAction(
  signupFormSchema,
  async ({ input: { allowSignup }, actor }): Promise<FormState> => {
    await updateTeamSettings(actor, { allowSignup });
    revalidatePath("/admin");
    return { ok: true, message: allowSignup ? "Self sign-up is on." : "Self sign-up is off." };
  },
);

export const changeRoleAction = formAction(
  roleFormSchema,
  async ({ input, actor }): Promise<FormState> => {
    await changeUserRole(actor, input.id, input.role);
    // An admin who just gave up the role may no longer see this page.
    if (input.id === actor.id && !canManageTeam({ role: input.role })) redirect("/");
    revalidatePath("/admin");
    return { ok: true, message: "Role saved." };
  },
  { invalidMessage: () => "Choose one of the roles." },
);

export const setActiveAction = formAction(
  activeFormSchema,
  async ({ input, actor }): Promise<FormState> => {
    await setUserActive(actor, input.id, input.active);
    revalidatePath("/admin");
    return { ok: true, message: input.active ? "Reactivated." : "Deactivated." };
  },
  { invalidMessage: () => "Something was missing from the form: reload the page and try again." },
);

/**
 * The link as the admin will paste it: absolute, on the address the admin's browser used (the
 * Origin header, which Next.js already checks against the host for server actions).
 */
async function absoluteLink(path: string): Promise<string> {
  const origin = (await headers()).get("origin");
  try {
    return origin ? new URL(path, origin).href : path;
  } catch {
    return path;
  }
}

export const inviteAction = formAction(
  createInvitationSchema,
  async ({ input, actor }): Promise<InviteState> => {
    const { user, link } = await createInvitation(actor, input);
    revalidatePath("/admin");
    return { ok: true, email: user.email, name: user.name, url: await absoluteLink(link) };
  },
  { values: ["name", "email", "role"] },
);
