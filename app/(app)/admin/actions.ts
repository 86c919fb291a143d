"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { sessionActor } from "@/lib/auth/auth";
import { changeUserRole, createInvitation, setUserActive } from "@/lib/data/admin-users";
import { updateTeamSettings } from "@/lib/data/team-settings";
import { AppError } from "@/lib/errors";
import { activeFormSchema, createInvitationSchema, roleFormSchema } from "@/lib/validation/admin";
import { submittedValues, type FormState } from "@/lib/validation/form-state";

const SESSION_ENDED = "Your session has ended: sign in again";

/** What the invite form gets back: on success the link, shown once and kept nowhere else. */
export type InviteState = FormState | { ok: true; email: string; name: string; url: string };

function failure(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AppError) {
    const fieldErrors = (error.details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    return { ok: false, values, message: fieldErrors ? undefined : error.message, fieldErrors };
  }
  throw error;
}

export async function setSignupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await sessionActor();
  if (!actor) return { ok: false, message: SESSION_ENDED };
  const allowSignup = formData.get("allowSignup") === "on";
  try {
    await updateTeamSettings(actor, { allowSignup });
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/admin");
  return { ok: true, message: allowSignup ? "Self sign-up is on." : "Self sign-up is off." };
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = roleFormSchema.safeParse({ id: formData.get("id"), role: formData.get("role") });
  if (!parsed.success) return { ok: false, message: "Choose one of the roles." };
  const actor = await sessionActor();
  if (!actor) return { ok: false, message: SESSION_ENDED };
  try {
    await changeUserRole(actor, parsed.data.id, parsed.data.role);
  } catch (error) {
    return failure(error);
  }
  // An admin who just gave up the role may no longer see this page.
  if (parsed.data.id === actor.id && parsed.data.role !== "admin") redirect("/");
  revalidatePath("/admin");
  return { ok: true, message: "Role saved." };
}

export async function setActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = activeFormSchema.safeParse({ id: formData.get("id"), active: formData.get("active") });
  if (!parsed.success) return { ok: false, message: "Something was missing from the form: reload the page and try again." };
  const actor = await sessionActor();
  if (!actor) return { ok: false, message: SESSION_ENDED };
  try {
    await setUserActive(actor, parsed.data.id, parsed.data.active);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/admin");
  return { ok: true, message: parsed.data.active ? "Reactivated." : "Deactivated." };
}

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

export async function inviteAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const values = submittedValues(formData, ["name", "email", "role"]);
  const parsed = createInvitationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const actor = await sessionActor();
  if (!actor) return { ok: false, values, message: SESSION_ENDED };
  try {
    const { user, link } = await createInvitation(actor, parsed.data);
    revalidatePath("/admin");
    return { ok: true, email: user.email, name: user.name, url: await absoluteLink(link) };
  } catch (error) {
    return failure(error, values);
  }
}
