import { z } from "zod";
import { ANNOTATION_STATUSES, REVIEW_STATES } from "./annotations";
import { versionSchema } from "./articles";

export const EXPORT_FORMATS = ["html", "pdf", "md", "csv", "jsonld", "claimreview"] as const;

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : [...values],
    )
    .pipe(z.array(z.enum(values)).min(1));

const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => value === "1" || value === "true");
const optionalFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

/** Query options of GET /api/articles/:id/export; anything unknown is refused with the valid values. */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, {
      message: `format must be one of: ${EXPORT_FORMATS.join(", ")}`,
    }),
    statuses: list(ANNOTATION_STATUSES),
    reviewStates: list(REVIEW_STATES),
    discussion: optionalFlag,
    anonymise: flag,
    paper: z.enum(["a4", "letter"]).default("a4"),
    claimReviewStatuses: list(["sourced", "disputed"] as const),
  })
  .strict()
  // JSON-LD is for moving annotations to another tool without loss: the replies come along unless
  // asked not to. The reports are for reading: the discussion only when asked for.
  .transform((query) => ({ ...query, discussion: query.discussion ?? query.format === "jsonld" }));

/** `?version=N`: export that version of the text (a number that names no version is the route's 404). */
export const exportVersionQuerySchema = z.object({ version: versionSchema.optional() });
