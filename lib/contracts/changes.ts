import { annotationViewSchema } from "./annotation";
import { z } from "./zod";

/** GET /api/articles/:id/changes?since=: what changed on an article since a cursor. */
export const annotationChangesSchema = z.object({
  annotations: z.array(annotationViewSchema),
  deletedIds: z.array(z.string()),
  cursor: z.string(),
  /** More changes are waiting: ask again with the cursor at once, not after the usual pause. */
  hasMore: z.boolean(),
  /** The article's version now: an open page of an older one is told to reload (its text changed). */
  articleVersion: z.number(),
});
