import { z } from "zod";
import { dateInputSchema, idSchema } from "./common";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A calendar day (what the form's date input sends) is due at the end of that day, UTC, so an
 * item due on 17 March is not overdue during 17 March; a full timestamp is taken as it is.
 */
function dueAtOf(value: string): Date {
  const parsed = new Date(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(parsed.getTime() + DAY_MS - 1) : parsed;
}

/** Left out: unchanged (or none, on create); null: no due date. */
const dueAtField = z
  .union([
    z.null(),
    z
      .string()
      .trim()
      .refine((value) => dateInputSchema.safeParse(value).success, {
        message: "Use a date like 2021-03-17",
      })
      .transform(dueAtOf),
  ])
  .optional();

export const createAssignmentSchema = z
  .object({ assigneeId: idSchema, dueAt: dueAtField })
  .strict();

/** Reassign, move the due date (null clears it) or mark it done, from the version read. */
export const updateAssignmentSchema = z
  .object({
    assigneeId: idSchema.optional(),
    dueAt: dueAtField,
    done: z.literal(true).optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .refine(
    (value) =>
      value.assigneeId !== undefined || value.dueAt !== undefined || value.done !== undefined,
    { message: "Change the assignee or the due date, or mark it done" },
  );

/** DELETE names the version read in the query: ?version=3. */
export const removeAssignmentSchema = z.object({ version: z.coerce.number().int().min(1) });

export type CreateAssignmentInput = z.output<typeof createAssignmentSchema>;
export type UpdateAssignmentInput = z.output<typeof updateAssignmentSchema>;
