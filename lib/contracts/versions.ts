import { accountSchema } from "./person";
import { z } from "./zod";

const REANCHOR_RESULTS = ["exact", "moved", "changed", "orphaned"] as const;

export const versionSummarySchema = z.object({
  version: z.number(),
  title: z.string(),
  /** create | edit | refetch */
  source: z.string(),
  createdAt: z.string(),
  createdBy: accountSchema,
  fetchedAt: z.nullable(z.string()),
  bodyLength: z.number(),
  /** A re-fetch found this text changed with no note from the outlet. */
  stealthEdit: z.boolean(),
  /** The outlet's note announcing the change, when the re-fetch found one. */
  correctionNote: z.nullable(z.string()),
  /** What this version's revision did to the annotations; null for the first version. */
  reanchored: z.nullable(z.record(z.enum(REANCHOR_RESULTS), z.number())),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** An annotation as one version of the text showed it. */
export const versionAnnotationSchema = z.object({
  id: z.string(),
  status: z.string(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  result: z.nullable(z.enum(REANCHOR_RESULTS)),
});
export type VersionAnnotation = z.infer<typeof versionAnnotationSchema>;
