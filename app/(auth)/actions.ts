"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { signUpUser } from "@/lib/data/people/users";
import { AppError } from "@/lib/errors";
import { formAction } from "@/lib/http/form-action";
import { safeReturnPath, type FormState } from "@/lib/validation/form-state";
import { signInSchema, signUpSchema } from "@/lib/validation/users";

const RATE_LIMITED_MESSAGE =
  "Too many failed sign-ins for this account or network. Wait 10 minutes, or sign in from a device you have used before.";

// callbackUrl is checked by safeReturnPath (anything else falls back to "/"), never refused.
const signInFormSchema = signInSchema.extend({ callbackUrl: z.string().catch("/") });

export const signInAction = formAction(
  signInFormSchema,
  async ({ input: { callbackUrl, ...credentials }, values }): Promise<FormState> => {
    try {
      // On success signIn throws Next's redirect, which must propagate.
      await signIn("credentials", { ...credentials, redirectTo: safeReturnPath(callbackUrl) });
      return { ok: true };
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        return {
          ok: false,
          values,
          message:
            error.code === "rate_limited" ? RATE_LIMITED_MESSAGE : "Wrong email or password.",
        };
      }
      if (error instanceof AuthError)
        return { ok: false, values, message: "Signing in failed. Try again." };
      throw error;
    }
  },
  { public: true, values: ["email"] },
);

export const signUpAction = formAction(
  signUpSchema,
  async ({ input, values }): Promise<FormState> => {
    try {
      await signUpUser(input);
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT")
        return { ok: false, values, fieldErrors: { email: [error.message] } };
      throw error;
    }
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/" });
    return { ok: true };
  },
  { public: true, values: ["name", "email"] },
);
