"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { createApiToken, revokeApiToken } from "@/lib/data/people/api-tokens";
import { endAllOwnSessions } from "@/lib/data/people/user-sessions";
import { changeOwnPassword, updateOwnName } from "@/lib/data/people/users";
import { formAction, formSubmitAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/validation/form-state";
import { idSchema } from "@/lib/validation/common";
import { apiTokenNameSchema, changeNameSchema, changePasswordSchema } from "@/lib/validation/users";

type TokenState = FormState | { ok: true; token: string; name: string };

export const changeNameAction = formAction(
  changeNameSchema,
  async ({ input, actor }): Promise<FormState> => {
    await updateOwnName(actor, input.name);
    revalidatePath("/", "layout");
    return { ok: true, message: "Name saved." };
  },
  { values: ["name"] },
);

export const changePasswordAction = formAction(
  changePasswordSchema,
  async ({ input, actor }): Promise<FormState> => {
    await changeOwnPassword(actor, input.currentPassword, input.newPassword);
    return { ok: true, message: "Password changed." };
  },
);

export const createTokenAction = formAction(
  apiTokenNameSchema,
  async ({ input, actor }): Promise<TokenState> => {
    const { token, summary } = await createApiToken(actor, input.name);
    revalidatePath("/settings");
    return { ok: true, token, name: summary.name };
  },
  { values: ["name"] },
);

export const revokeTokenAction = formSubmitAction(
  z.object({ id: idSchema }),
  async ({ input, actor }) => {
    await revokeApiToken(actor, input.id);
    revalidatePath("/settings");
  },
);

/** Ends every session of the account, this browser's too (a lost laptop, a shared computer). */
export const signOutEverywhereAction = formSubmitAction(z.object({}), async ({ actor }) => {
  await endAllOwnSessions(actor);
  await signOut({ redirectTo: "/signin" });
});
