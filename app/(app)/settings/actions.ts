"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sessionActor, signOut } from "@/lib/auth/auth";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { endAllOwnSessions } from "@/lib/data/user-sessions";
import { changeOwnPassword, updateOwnName } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import { submittedValues, type FormState } from "@/lib/validation/form-state";
import { idSchema } from "@/lib/validation/common";
import { apiTokenNameSchema, changeNameSchema, changePasswordSchema } from "@/lib/validation/users";

type TokenState = FormState | { ok: true; token: string; name: string };

async function actorOrFail() {
  const actor = await sessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended: sign in again");
  return actor;
}

function failure(error: unknown): FormState {
  if (error instanceof AppError) {
    const fieldErrors = (error.details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    return { ok: false, message: fieldErrors ? undefined : error.message, fieldErrors };
  }
  throw error;
}

export async function changeNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = changeNameSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { ok: false, values: submittedValues(formData, ["name"]), fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await updateOwnName(await actorOrFail(), parsed.data.name);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Name saved." };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(["currentPassword", "newPassword", "confirmPassword"].map((k) => [k, formData.get(k) ?? ""])));
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await changeOwnPassword(await actorOrFail(), parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    return failure(error);
  }
  return { ok: true, message: "Password changed." };
}

export async function createTokenAction(_prev: TokenState, formData: FormData): Promise<TokenState> {
  const parsed = apiTokenNameSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { ok: false, values: submittedValues(formData, ["name"]), fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const { token, summary } = await createApiToken(await actorOrFail(), parsed.data.name);
    revalidatePath("/settings");
    return { ok: true, token, name: summary.name };
  } catch (error) {
    return failure(error);
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const id = idSchema.parse(formData.get("id"));
  await revokeApiToken(await actorOrFail(), id);
  revalidatePath("/settings");
}

/** Ends every session of the account, this browser's too (a lost laptop, a shared computer). */
export async function signOutEverywhereAction(): Promise<void> {
  await endAllOwnSessions(await actorOrFail());
  await signOut({ redirectTo: "/signin" });
}
