import { ANNOTATION_STATUSES, REVIEW_STATES, VERDICTS } from "@/lib/validation/constants";
import { personViewSchema } from "./person";
import { z } from "./zod";

const ANCHOR_METHODS = ["position", "exact", "fuzzy"] as const;
const ANCHOR_STATES = ["exact", "moved", "changed", "orphaned"] as const;

const sourceViewSchema = z.object({
  url: z.string(),
  title: z.string(),
  quote: z.string(),
  accessedAt: z.nullable(z.string()),
});

const targetViewSchema = z.object({
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/** One review as an annotation carries it. */
const reviewSummarySchema = z.object({
  reviewer: personViewSchema,
  verdict: z.enum(VERDICTS),
  reason: z.nullable(z.string()),
  proposedStatus: z.nullable(z.enum(ANNOTATION_STATUSES)),
  createdAt: z.string(),
  imported: z.optional(z.boolean()),
  /** Given before the status, note, sources or wording last changed (absent when current or not known). */
  onPreviousVersion: z.optional(z.literal(true)),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/**
 * The last settlement (approved, rejected or changes requested): by an editor, or by the team rule
 * (by = null). `imported`: it came with an import, as history, not decided here (absent: false).
 */
const settlementViewSchema = z.object({
  by: z.nullable(personViewSchema),
  at: z.string(),
  comment: z.nullable(z.string()),
  imported: z.optional(z.boolean()),
});

/** The public JSON shape of an annotation (API, pages and exports share it). */
export const annotationViewSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  status: z.enum(ANNOTATION_STATUSES),
  note: z.string(),
  sources: z.array(sourceViewSchema),
  target: targetViewSchema,
  /** Where the target sits in the current body, or null for an orphan. */
  anchor: z.nullable(
    z.object({ start: z.number(), end: z.number(), method: z.enum(ANCHOR_METHODS) }),
  ),
  orphan: z.boolean(),
  /** How the article's last revision placed it (lib/anchoring/reanchor.ts); absent or null when it was made on this text. */
  anchorState: z.optional(z.nullable(z.enum(ANCHOR_STATES))),
  /** Its quoted wording before that revision, when the revision changed it. */
  exactBefore: z.optional(z.nullable(z.string())),
  /** Who wrote it: for an imported annotation the person the file names (an external author when they have no account here). */
  author: personViewSchema,
  /** The account it belongs to here, whose permissions apply: its author, or whoever imported it. */
  ownerId: z.string(),
  tags: z.array(z.string()),
  reviewState: z.enum(REVIEW_STATES),
  settlement: z.nullable(settlementViewSchema),
  version: z.number(),
  createdAt: z.string(),
  /** When the row last changed here (reviews and replies touch it too: live updates follow it). */
  updatedAt: z.string(),
  /** When its content last changed (W3C `modified`): for an imported annotation not edited since, its date in the file. */
  modifiedAt: z.string(),
  reviews: z.array(reviewSummarySchema),
  replyCount: z.number(),
});
export type AnnotationView = z.infer<typeof annotationViewSchema>;

export const annotationAnswerSchema = z.object({ annotation: annotationViewSchema });
export const annotationListSchema = z.object({ annotations: z.array(annotationViewSchema) });

/** A 409 from PATCH /api/annotations/:id: the annotation as it is now (null once deleted). */
export const annotationConflictSchema = z.object({
  current: z.optional(z.nullable(annotationViewSchema)),
});
