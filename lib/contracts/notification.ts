import { accountSchema } from "./person";
import { z } from "./zod";

/**
 * moved | changed | orphaned: a revision of the article did that to the annotation (lib/data/articles/reanchor-article.ts).
 * assignment | unassignment: work given to or taken from the user (lib/data/assignments/assignments.ts).
 */
const NOTIFICATION_KINDS = [
  "reply",
  "review",
  "settlement",
  "moved",
  "changed",
  "orphaned",
  "assignment",
  "unassignment",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const notifiedAssignmentSchema = z.object({
  id: z.string(),
  kind: z.enum(["annotation", "article"]),
  article: z.object({ id: z.string(), title: z.string() }),
  dueAt: z.nullable(z.string()),
  overdue: z.boolean(),
  done: z.boolean(),
});
export type NotifiedAssignment = z.infer<typeof notifiedAssignmentSchema>;

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  actor: z.nullable(accountSchema),
  /** null when the annotation was deleted, or its article archived and so no longer readable by the user (see `unavailable`). */
  annotation: z.nullable(
    z.object({
      id: z.string(),
      quote: z.string(),
      articleId: z.string(),
      articleTitle: z.string(),
    }),
  ),
  unavailable: z.nullable(z.enum(["deleted", "archived"])),
  /** For assignment entries: the assignment as it stands now; null once unassigned (or out of reach). */
  assignment: z.nullable(notifiedAssignmentSchema),
  read: z.boolean(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;
