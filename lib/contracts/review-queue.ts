import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/constants";
import { personViewSchema } from "./person";
import { z } from "./zod";

/** The review page's filters (its query string, parsed). */
export type QueueFilters = {
  articleId?: string;
  status?: (typeof ANNOTATION_STATUSES)[number];
  authorId?: string;
  reviewState?: (typeof REVIEW_STATES)[number];
};

export const queueItemSchema = z.object({
  id: z.string(),
  reason: z.enum(["to-review", "to-settle"]),
  status: z.enum(ANNOTATION_STATUSES),
  note: z.string(),
  quote: z.string(),
  reviewState: z.enum(REVIEW_STATES),
  version: z.number(),
  createdAt: z.string(),
  /** Who wrote it (an imported annotation's external author has id null). */
  author: personViewSchema,
  article: z.object({ id: z.string(), title: z.string() }),
  agreements: z.number(),
  disagreements: z.number(),
  /** Reviews given before the status, note, sources or wording last changed: not in the counts above. */
  previousVersionReviews: z.number(),
  replyCount: z.number(),
  /** Set when the annotation, or its whole article, is assigned to the actor: such items come first, soonest due first. */
  assignment: z.nullable(
    z.object({
      dueAt: z.nullable(z.string()),
      overdue: z.boolean(),
      assignedBy: z.string(),
      wholeArticle: z.boolean(),
    }),
  ),
});
export type QueueItem = z.infer<typeof queueItemSchema>;
