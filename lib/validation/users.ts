import { z } from "zod";
import { ROLES } from "@/lib/permissions/roles";

import { weakPasswordReason } from "./password-strength";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/constants";
import { textSchema } from "./text";

export const emailSchema = textSchema()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address" }));

export const passwordSchema = textSchema()
  .min(MIN_PASSWORD_LENGTH, {
    message: `Use at least ${MIN_PASSWORD_LENGTH} characters`,
    abort: true,
  })
  .max(200, { message: "Use at most 200 characters", abort: true })
  .superRefine((password, context) => {
    const reason = weakPasswordReason(password);
    if (reason) context.addIssue({ code: "custom", message: reason });
  });

export const nameSchema = textSchema().trim().min(1, { message: "Enter your name" }).max(100);

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema })
  .superRefine((value, context) => {
    // The generic check already ran; this one also knows the name and email, which guessers try first.
    const reason = weakPasswordReason(value.password, [
      value.name,
      value.email,
      value.email.split("@")[0] ?? "",
    ]);
    if (reason && !weakPasswordReason(value.password))
      context.addIssue({ code: "custom", path: ["password"], message: reason });
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: textSchema().min(1, { message: "Enter your password" }).max(200),
});

export const changeNameSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: textSchema().min(1, { message: "Enter your current password" }),
    newPassword: passwordSchema,
    confirmPassword: textSchema(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

export const roleSchema = z.enum(ROLES);

export const apiTokenNameSchema = z.object({
  name: textSchema().trim().min(1, { message: "Name the token" }).max(80),
});
