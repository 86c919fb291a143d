"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { consumePasswordToken } from "@/lib/data/people/password-tokens";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/validation/form-state";
import { setPasswordSchema } from "@/lib/validation/admin";

/** Sets the password through a one-time link, then signs the person in (or, failing that, sends them to sign in). */
export const setPasswordAction = formAction(
  setPasswordSchema,
  async ({ input }): Promise<FormState> => {
    const { email } = await consumePasswordToken(input.token, input.password);
    try {
      // On success signIn throws Next's redirect, which must propagate.
      await signIn("credentials", { email, password: input.password, redirectTo: "/" });
    } catch (error) {
      // The password is set either way; e.g. a rate limit on this network only delays signing in.
      if (error instanceof AuthError)
        return { ok: true, message: "Your password is set. Sign in with it." };
      throw error;
    }
    return { ok: true };
  },
  {
    public: true,
    // A broken token field is the link's fault, not something the person typed.
    invalidMessage: (fieldErrors) =>
      fieldErrors.token ? "This link is not valid. Ask an admin for a new one." : undefined,
  },
);
