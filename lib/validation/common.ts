import { z } from "zod";
import { textSchema } from "./text";

/** Only web links: javascript:, data: and the like must never reach a rendered href. */
export const httpUrlSchema = textSchema()
  .trim()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: "Enter a full http:// or https:// address" },
  );

export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "Not a valid id" });

/** A real calendar day: Date.parse would roll 2021-02-30 over into March. */
function isRealDay(value: string): boolean {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** A calendar date (2021-03-17) or a full ISO timestamp. */
export const dateInputSchema = z
  .string()
  .trim()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
      isRealDay(value) &&
      !Number.isNaN(Date.parse(value)),
    {
      message: "Use a date like 2021-03-17",
    },
  )
  .transform((value) => new Date(value));

export const optionalText = (max: number) =>
  textSchema()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * One of several input shapes, chosen by which key the body carries: a plain union would report
 * "Invalid input" instead of the field that is wrong in the shape the caller meant.
 */
export function shapeByKey<Shapes extends readonly [z.ZodType, ...z.ZodType[]]>(
  choose: (raw: Record<string, unknown>) => number,
  shapes: Shapes,
): z.ZodType<z.output<Shapes[number]>> {
  return z.unknown().transform((raw, context) => {
    const picked =
      raw && typeof raw === "object" && !Array.isArray(raw)
        ? shapes[choose(raw as Record<string, unknown>)]
        : shapes[shapes.length - 1];
    const result = (picked ?? shapes[0]).safeParse(raw);
    if (result.success) return result.data as z.output<Shapes[number]>;
    for (const issue of result.error.issues)
      context.addIssue({
        ...issue,
        code: "custom",
        message: issue.message,
        path: issue.path,
      } as never);
    return z.NEVER;
  }) as unknown as z.ZodType<z.output<Shapes[number]>>;
}
