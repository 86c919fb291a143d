import { accountSchema } from "./person";
import { z } from "./zod";

const ASSIGNMENT_KINDS = ["annotation", "article"] as const;

export const assignmentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  articleId: z.string(),
  annotationId: z.nullable(z.string()),
  assignee: accountSchema,
  assignedBy: accountSchema,
  dueAt: z.nullable(z.string()),
  /** Due in the past and not done. */
  overdue: z.boolean(),
  doneAt: z.nullable(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const assignmentAnswerSchema = z.object({ assignment: assignmentViewSchema });
export const maybeAssignmentAnswerSchema = z.object({
  assignment: z.nullable(assignmentViewSchema),
});

/** Someone an editor may assign work to (GET /api/assignees). */
const assigneeSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });
export type Assignee = z.infer<typeof assigneeSchema>;
export const assigneesSchema = z.object({ people: z.array(assigneeSchema) });

/** One of the actor's own open assignments, as the review page lists them. */
export const myAssignmentSchema = z.object({
  id: z.string(),
  annotationId: z.nullable(z.string()),
  article: z.object({ id: z.string(), title: z.string() }),
  assignedBy: accountSchema,
  dueAt: z.nullable(z.string()),
  overdue: z.boolean(),
  version: z.number(),
});
export type MyAssignment = z.infer<typeof myAssignmentSchema>;
