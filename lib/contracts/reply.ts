import { personViewSchema } from "./person";
import { z } from "./zod";

const replyViewSchema = z.object({
  id: z.string(),
  annotationId: z.string(),
  parentId: z.nullable(z.string()),
  /** Who wrote it: for an imported reply by someone without an account here, that external author. */
  author: personViewSchema,
  /** The account whose permissions apply (its author, or whoever imported it). */
  ownerId: z.string(),
  /** null once deleted: the thread keeps a placeholder so answers to it still make sense. */
  body: z.nullable(z.string()),
  deleted: z.boolean(),
  edited: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReplyView = z.infer<typeof replyViewSchema>;

export const replyAnswerSchema = z.object({ reply: replyViewSchema });
export const replyListSchema = z.object({ replies: z.array(replyViewSchema) });
