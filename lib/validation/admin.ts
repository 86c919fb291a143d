import { z } from "zod";
import { emailSchema, nameSchema, passwordSchema, roleSchema } from "./users";

export const createUserSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema, password: passwordSchema }).strict();
export type CreateUserInput = z.infer<typeof createUserSchema>;
