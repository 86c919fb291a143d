import { annotationViewSchema } from "./annotation";
import { z } from "./zod";

/**
 * GET /api/articles/:id/changes?since=: what changed on an article after a change (the cursor is
 * its seq); also the data of each `changes` event of .../changes/stream.
 */
export const annotationChangesSchema = z.object({
  annotations: z.array(annotationViewSchema),
  deletedIds: z.array(z.string()),
  /** The seq of the last change read: where the next read starts. */
  cursor: z.string(),
  /** More changes are waiting: ask again with the cursor at once. */
  hasMore: z.boolean(),
  /** The article's version now: an open page of an older one is told to reload (its text changed). */
  articleVersion: z.number(),
});

export type AnnotationChanges = z.infer<typeof annotationChangesSchema>;
