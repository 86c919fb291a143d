import { z } from "zod";

/**
 * Where a reader of an article's change feed is: the seq of the last change it was given (0: none
 * yet). A number the database hands out in commit order, not a time, so clocks and the order in
 * which transactions commit cannot make a reader miss a change.
 */
export const changeSeqSchema = z
  .string({ message: "since is required: the cursor of the previous answer" })
  .regex(/^\d{1,15}$/, "since must be the cursor of the previous answer (a whole number)")
  .transform(Number);

export const changesQuerySchema = z.object({ since: changeSeqSchema }).strict();
