"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { consumePasswordToken } from "@/lib/data/password-tokens";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/validation/form-state";
import { setPasswordSchema } from "@/lib/validation/admin";

/** Sets the password through a one-time link, then signs the person in (or, failing that, sends them to sign in). */
export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordSchema.safeParse({ token: formData.get("token") ?? "", password: formData.get("password") ?? "", confirmPassword: formData.get("confirmPassword") ?? "" });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    // A broken token field is the link's fault, not something the person typed.
    return fieldErrors.token ? { ok: false, message: "This link is not valid. Ask an admin for a new one." } : { ok: false, fieldErrors };
  }
  let email: string;
  try {
    ({ email } = await consumePasswordToken(parsed.data.token, parsed.data.password));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  try {
    // On success signIn throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password: parsed.data.password, redirectTo: "/" });
  } catch (error) {
    // The password is set either way; e.g. a rate limit on this network only delays signing in.
    if (error instanceof AuthError) return { ok: true, message: "Your password is set. Sign in with it." };
    throw error;
  }
  return { ok: true };
}
