import { z } from "zod";

/**
 * Where a reader of an article's change feed is: changes since a time and, while a burst of
 * changes is being paged through, after the last (updatedAt, id) it was given. Opaque to clients:
 * they send back the cursor of the previous answer.
 */
export type ChangeCursor = { since: Date; after: { updatedAt: Date; id: string } | null };

const SEPARATOR = "~";

export function encodeChangeCursor(cursor: ChangeCursor): string {
  return cursor.after
    ? [cursor.since.toISOString(), cursor.after.updatedAt.toISOString(), cursor.after.id].join(
        SEPARATOR,
      )
    : cursor.since.toISOString();
}

const time = (value: string | undefined) => {
  const date = new Date(value ?? "");
  return Number.isNaN(date.getTime()) ? null : date;
};

/** `?since=` on the change feed: an ISO time (the first cursor, from the page) or a cursor of a previous answer. */
export const changeCursorSchema = z
  .string({ message: "since is required: the cursor of the previous answer, or an ISO date-time" })
  .max(200)
  .transform((value, context): ChangeCursor => {
    const [since, afterTime, afterId, ...rest] = value.split(SEPARATOR);
    const sinceDate = time(since);
    const afterDate = afterTime === undefined ? null : time(afterTime);
    const valid =
      sinceDate &&
      rest.length === 0 &&
      (afterTime === undefined || (afterDate && afterId && /^[A-Za-z0-9_-]{1,64}$/.test(afterId)));
    if (!valid) {
      context.addIssue({
        code: "custom",
        message: "since must be an ISO date-time or the cursor of the previous answer",
      });
      return z.NEVER;
    }
    return {
      since: sinceDate,
      after: afterDate && afterId ? { updatedAt: afterDate, id: afterId } : null,
    };
  });

export const changesQuerySchema = z.object({ since: changeCursorSchema }).strict();
