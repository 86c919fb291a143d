import { z } from "zod";
import { dateInputSchema, httpUrlSchema, idSchema } from "./common";
import {
  ANNOTATION_STATUSES,
  MAX_DETAIL_IDS,
  MAX_NOTE_CHARS,
  MAX_SOURCES,
  type AnnotationStatus,
} from "@/lib/validation/constants";
import { isStorableText, textSchema, UNSTORABLE_TEXT_MESSAGE } from "./text";

export {
  ANNOTATION_STATUSES,
  MAX_NOTE_CHARS,
  MAX_SOURCES,
  REVIEW_STATES,
  type AnnotationStatus,
  type ReviewState,
} from "@/lib/validation/constants";

const sourceSchema = z
  .object({
    url: httpUrlSchema,
    title: textSchema().trim().max(300).default(""),
    quote: textSchema().trim().max(2000).default(""),
    accessedAt: dateInputSchema.nullish().transform((value) => value ?? null),
  })
  .strict();

/** Half of a surrogate pair at either end: what a selection that starts or ends inside a character leaves. */
const HALF_AT_START = /^[\udc00-\udfff]/;
const HALF_AT_END = /[\ud800-\udbff]$/;

/**
 * The quoted text of a target. A selection that starts or ends between the two halves of a
 * character outside the Basic Multilingual Plane (an emoji, some CJK) leaves half of it at an end;
 * that is named as such (before the usual "cannot be stored", which would not tell the client what it did wrong).
 */
const exactSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (HALF_AT_START.test(value) || HALF_AT_END.test(value))
      ctx.addIssue({
        code: "custom",
        message:
          "The selection starts or ends inside a character (half of an emoji or another character outside the Basic Multilingual Plane): select whole characters",
      });
    if (!isStorableText(value)) ctx.addIssue({ code: "custom", message: UNSTORABLE_TEXT_MESSAGE });
  })
  .min(1)
  .max(20_000);

const targetSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: exactSchema,
    prefix: textSchema().max(200).default(""),
    suffix: textSchema().max(200).default(""),
  })
  .strict()
  .refine((t) => t.end > t.start, { message: "end must be after start", path: ["end"] })
  .refine((t) => t.end - t.start === t.exact.length, {
    message: "exact must be the text between start and end",
    path: ["exact"],
  });

const SOURCED_NEEDS_SOURCE = {
  message: "A sourced annotation needs at least one source",
  path: ["sources"],
};
const hasSourceIfSourced = (a: { status: AnnotationStatus; sources: unknown[] }) =>
  a.status !== "sourced" || a.sources.length > 0;

const annotationFields = {
  status: z.enum(ANNOTATION_STATUSES),
  note: textSchema()
    .max(MAX_NOTE_CHARS, {
      message: `A note may have at most ${MAX_NOTE_CHARS.toLocaleString("en")} characters`,
    })
    .default(""),
  sources: z
    .array(sourceSchema)
    .max(MAX_SOURCES, { message: `At most ${MAX_SOURCES} sources` })
    .default([]),
};

/** What the editor lets a user fill in; checked in the browser before saving and again on the server. */
export const annotationDraftSchema = z
  .object(annotationFields)
  .strict()
  .refine(hasSourceIfSourced, SOURCED_NEEDS_SOURCE);

export const createAnnotationSchema = z
  .object({ ...annotationFields, target: targetSchema })
  .strict()
  .refine(hasSourceIfSourced, SOURCED_NEEDS_SOURCE);

export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;

export const updateAnnotationSchema = z
  .object({
    version: z.number().int().min(1),
    status: z.enum(ANNOTATION_STATUSES).optional(),
    note: textSchema().max(MAX_NOTE_CHARS).optional(),
    sources: z.array(sourceSchema).max(MAX_SOURCES).optional(),
    /** A new span on the article's current text: how an orphan is re-attached, or a span corrected. */
    target: targetSchema.optional(),
  })
  .strict()
  .refine(
    (u) =>
      u.status !== undefined ||
      u.note !== undefined ||
      u.sources !== undefined ||
      u.target !== undefined,
    {
      message: "Send at least one of status, note, sources or target",
    },
  );

export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;

export const versionQuerySchema = z.coerce.number().int().min(1).optional();

/** `?ids=a,b,c` on GET /api/articles/:id/annotations: the details of some annotations (the sidebar's next page). */
export const annotationIdsQuerySchema = z
  .string()
  .optional()
  .transform((value) =>
    value === undefined
      ? undefined
      : value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
  )
  .pipe(
    z
      .array(idSchema)
      .min(1, { message: "ids must list at least one id" })
      .max(MAX_DETAIL_IDS, { message: `ids may list at most ${MAX_DETAIL_IDS} ids` })
      .optional(),
  );
