import { z } from "zod";
import { idSchema } from "./common";
import {
  ANNOTATION_STATUSES,
  MAX_REPLY_CHARS,
  SETTLE_DECISIONS,
  VERDICTS,
} from "@/lib/validation/constants";
import { textSchema } from "./text";

export { type SettleDecision } from "@/lib/validation/constants";

export const createReviewSchema = z
  .object({
    verdict: z.enum(VERDICTS),
    reason: textSchema().trim().max(2000).optional(),
    proposedStatus: z.enum(ANNOTATION_STATUSES).optional(),
  })
  .strict()
  .refine((r) => r.verdict === "agree" || !!r.reason, {
    message: "Say why you disagree",
    path: ["reason"],
  })
  .refine((r) => r.verdict === "disagree" || r.proposedStatus === undefined, {
    message: "Only a disagreement proposes another status",
    path: ["proposedStatus"],
  });

export type CreateReviewInput = z.infer<typeof createReviewSchema>;

const replyBody = textSchema()
  .trim()
  .min(1, { message: "Write a reply" })
  .max(MAX_REPLY_CHARS, {
    message: `A reply may have at most ${MAX_REPLY_CHARS.toLocaleString("en")} characters`,
  });

export const createReplySchema = z
  .object({ body: replyBody, parentId: idSchema.optional() })
  .strict();
export const updateReplySchema = z.object({ body: replyBody }).strict();

export const settleSchema = z
  .object({
    decision: z.enum(SETTLE_DECISIONS),
    comment: textSchema().trim().max(2000).optional(),
    /** The annotation version the editor read: a settlement is guarded like an edit (409 when stale). */
    version: z.number().int().min(1),
  })
  .strict();

export type SettleInput = z.infer<typeof settleSchema>;
