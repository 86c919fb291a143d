import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { sessionActor } from "@/lib/auth/auth";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/roles";
import type { FormState } from "@/lib/validation/form-state";

export const SESSION_ENDED_MESSAGE = "Your session has ended: sign in again";
export const UNEXPECTED_MESSAGE = "Something went wrong on the server: try again";

/** Forms send strings; a schema over named fields is what the wrapper reads from FormData. */
type FormSchema = z.ZodObject;
type FieldErrors = Record<string, string[] | undefined>;
type FormFailure = Extract<NonNullable<FormState>, { ok: false }>;

type HandlerArgs<S extends FormSchema, A> = {
  input: z.output<S>;
  actor: A;
  /** The echoed fields (options.values) as typed, for a failure the handler builds itself. */
  values: Record<string, string> | undefined;
};

type Options = {
  /** Fields sent back on every failure, so React's form reset loses nothing. Never passwords. */
  values?: readonly string[];
  /** A message to show instead of the field errors, e.g. when the form has no field to show them on. */
  invalidMessage?: (fieldErrors: FieldErrors) => string | undefined;
};

/**
 * The schema's fields as the form sent them. A missing field reads as "" (what a browser sends
 * for an empty one); unknown fields, Next's own $ACTION_ keys among them, are never read.
 */
function formInput(schema: FormSchema, formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, formData.get(name) ?? ""]),
  );
}

function echoed(
  formData: FormData,
  names: readonly string[] | undefined,
): Record<string, string> | undefined {
  return names && Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

/**
 * The one mapping from an error to what a form shows: an AppError's message (or its field
 * errors), a known database error's message, and for anything else a fixed sentence, the error
 * itself going to the server log only. Next's redirects and not-found throws pass through.
 */
function failure(error: unknown, values?: Record<string, string>): FormFailure {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors = (error.details as { fieldErrors?: FieldErrors } | undefined)?.fieldErrors;
    return { ok: false, values, message: fieldErrors ? undefined : error.message, fieldErrors };
  }
  const mapped = fromPrismaError(error);
  if (mapped) return { ok: false, values, message: mapped.message };
  console.error(error);
  return { ok: false, values, message: UNEXPECTED_MESSAGE };
}

type StateAction<R> = (
  previous: R | FormFailure | null,
  formData: FormData,
) => Promise<R | FormFailure>;

/**
 * Wraps a server action used with useActionState, as apiRoute does an API route: validates the
 * form with `schema` (field errors back to the form), resolves the signed-in actor (a failure
 * saying the session has ended without one; `public: true` for the pages where no one is signed
 * in yet), runs the handler and maps what it throws with `failure()`. The handler returns the
 * success state (or a failure of its own) and calls revalidatePath/redirect itself.
 */
export function formAction<S extends FormSchema, R extends FormState = FormState>(
  schema: S,
  handler: (args: HandlerArgs<S, Actor>) => Promise<R>,
  options?: Options & { public?: false },
): StateAction<R>;
export function formAction<S extends FormSchema, R extends FormState = FormState>(
  schema: S,
  handler: (args: HandlerArgs<S, null>) => Promise<R>,
  options: Options & { public: true },
): StateAction<R>;
export function formAction<S extends FormSchema, R extends FormState>(
  schema: S,
  handler:
    ((args: HandlerArgs<S, Actor>) => Promise<R>) | ((args: HandlerArgs<S, null>) => Promise<R>),
  options: Options & { public?: boolean } = {},
): StateAction<R> {
  return async (_previous, formData) => {
    const values = echoed(formData, options.values);
    const parsed = schema.safeParse(formInput(schema, formData));
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: FieldErrors };
      const message = options.invalidMessage?.(fieldErrors);
      return message === undefined
        ? { ok: false, values, fieldErrors }
        : { ok: false, values, message };
    }
    try {
      const actor = options.public ? null : await sessionActor();
      if (!options.public && !actor) return { ok: false, values, message: SESSION_ENDED_MESSAGE };
      // The overloads pair a public action with a handler taking null, any other with one taking an Actor.
      return await (handler as (args: HandlerArgs<S, Actor | null>) => Promise<R>)({
        input: parsed.data as z.output<S>,
        actor,
        values,
      });
    } catch (error) {
      return failure(error, values);
    }
  };
}

/**
 * For a plain `<form action>` that shows no state (a button that revokes, marks read, signs
 * out): without a session it sends the browser to sign-in; input that does not validate (only a
 * hand-made request can send it) and errors are thrown, and Next shows no error text in production.
 */
export function formSubmitAction<S extends FormSchema>(
  schema: S,
  handler: (args: { input: z.output<S>; actor: Actor }) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const parsed = schema.safeParse(formInput(schema, formData));
    if (!parsed.success)
      throw new AppError("VALIDATION", "The form is not valid: reload the page and try again");
    const actor = await sessionActor();
    if (!actor) redirect("/signin");
    await handler({ input: parsed.data as z.output<S>, actor });
  };
}
