import { accountSchema } from "./person";
import { z } from "./zod";

/** One entry of an annotation's audit trail (GET /api/annotations/:id/history). */
const historyEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.nullable(accountSchema),
  before: z.unknown(),
  after: z.unknown(),
  /** Fields this event changed whose text the viewer may not see; their values are left out of before and after. */
  redacted: z.array(z.string()),
  createdAt: z.string(),
  /** A review that a later change of the annotation's content overtook. */
  onPreviousVersion: z.optional(z.literal(true)),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const historySchema = z.object({ events: z.array(historyEventSchema) });
