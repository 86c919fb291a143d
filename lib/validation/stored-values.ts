import type * as Stored from "@/lib/generated/prisma/enums";
import type { ReanchorResult } from "@/lib/anchoring/reanchor";
import type { Role } from "@/lib/permissions/roles";
import type { AnnotationStatus, ReviewState, Verdict } from "@/lib/validation/constants";

/** Both ways round: a plain `extends` would pass when one side has a value the other lacks. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree<T extends true> = T;

/**
 * Browser code cannot import the Prisma client, so the sets of stored values are also constant
 * arrays (values.ts, roles.ts, the anchoring result). A value added to one side only (the schema's
 * enum, or the array) fails to compile here instead of failing on a write.
 */
export type StoredValuesAgree = [
  Agree<Same<Stored.Role, Role>>,
  Agree<Same<Stored.AnnotationStatus, AnnotationStatus>>,
  Agree<Same<Stored.ReviewState, ReviewState>>,
  Agree<Same<Stored.Verdict, Verdict>>,
  Agree<Same<Stored.AnchorState, ReanchorResult>>,
];
