"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { signUpUser } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import { safeReturnPath, submittedValues, type FormState } from "@/lib/validation/form-state";
import { signInSchema, signUpSchema } from "@/lib/validation/users";

const RATE_LIMITED_MESSAGE = "Too many failed sign-ins for this account or network. Wait 10 minutes, or sign in from a device you have used before.";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    // On success signIn throws Next's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { ok: false, values, message: error.code === "rate_limited" ? RATE_LIMITED_MESSAGE : "Wrong email or password." };
    }
    if (error instanceof AuthError) return { ok: false, values, message: "Signing in failed. Try again." };
    throw error;
  }
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await signUpUser(parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, values, fieldErrors: { email: [error.message] } };
    if (error instanceof AppError) return { ok: false, values, message: error.message };
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/" });
  return { ok: true };
}
