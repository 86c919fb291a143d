import { z } from "./zod";

/** A user as the admin page lists them. */
export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
  active: z.boolean(),
  /** Invited and not yet through the set-password link (which still works). */
  invitationPending: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;
