import { z } from "zod";
import { idSchema } from "./common";
import { emailSchema, nameSchema, passwordSchema, roleSchema } from "./users";
import { textSchema } from "./text";

export const createUserSchema = z
  .object({ email: emailSchema, name: nameSchema, role: roleSchema, password: passwordSchema })
  .strict();
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** PATCH /api/admin/users/:id: a new role, active true/false, or both at once. */
export const updateUserSchema = z
  .object({ role: roleSchema.optional(), active: z.boolean().optional() })
  .strict()
  .refine((u) => u.role !== undefined || u.active !== undefined, {
    message: "Send role, active or both",
  });

// The admin names someone else here, so "Enter your name" would read wrong.
const inviteeNameSchema = textSchema().trim().min(1, { message: "Enter their name" }).max(100);

/** No password: the invitee chooses one through the one-time link. */
export const createInvitationSchema = z
  .object({ email: emailSchema, name: inviteeNameSchema, role: roleSchema })
  .strict();
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

/** The admin page's per-row forms. */
export const roleFormSchema = z.object({ id: idSchema, role: roleSchema });
export const activeFormSchema = z.object({
  id: idSchema,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** A set-password token as it arrives in a link: base64url with its prefix, nothing that could not be one. */
export const passwordTokenSchema = textSchema()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\w-]+$/);

export const setPasswordSchema = z
  .object({ token: passwordTokenSchema, password: passwordSchema, confirmPassword: textSchema() })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });
